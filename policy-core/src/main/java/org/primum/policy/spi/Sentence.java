package org.primum.policy.spi;

/**
 * A sentence of the normalised text.
 *
 * @param index position among the post's sentences
 * @param start first index in the normalised text
 * @param end end index in the normalised text (exclusive)
 * @param firstToken index of its first token
 * @param endToken index after its last token
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {}
