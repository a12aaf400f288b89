package org.primum.policy.spi;

/**
 * Universal Dependencies part-of-speech tags (UPOS, <a href="https://universaldependencies.org/u/pos/">
 * universaldependencies.org/u/pos</a>), as given to a post's tokens by {@link TokenTags}.
 */
public enum PartOfSpeech {
    /** Adjective: {@code high}, {@code chronic}. */
    ADJ,
    /** Adposition: {@code in}, {@code to}, {@code with}. */
    ADP,
    /** Adverb: {@code now}, {@code just}, {@code twice}. */
    ADV,
    /** Auxiliary, including modals: {@code should}, {@code is}, {@code don't}. */
    AUX,
    /** Coordinating conjunction: {@code and}, {@code but}. */
    CCONJ,
    /** Determiner: {@code the}, {@code every}. */
    DET,
    /** Interjection: {@code yes}, {@code ok}, {@code wow}. */
    INTJ,
    /** Noun: {@code rash}, {@code tablet}. */
    NOUN,
    /** Numeral: {@code 2}, {@code five}. */
    NUM,
    /** Particle: {@code to} before a verb, {@code not}, {@code 's}. */
    PART,
    /** Pronoun: {@code you}, {@code her}. */
    PRON,
    /** Proper noun: {@code Ana}, {@code Kenosha}. */
    PROPN,
    /** Punctuation. */
    PUNCT,
    /** Subordinating conjunction: {@code if}, {@code because}. */
    SCONJ,
    /** Symbol: {@code %}, {@code +}, emoji. */
    SYM,
    /** Verb: {@code take}, {@code stopped}. */
    VERB,
    /** Other: a token no other tag fits, or one the tagger did not tag (mentions, hashtags, URLs). */
    X
}
