package org.primum.cli;

/** Input that cannot be used; the message names where ({@code file:line: problem}). */
final class InputException extends RuntimeException {

    InputException(String message) {
        super(message);
    }
}
