/**
 * Apache OpenNLP entity detection and language signals for Primum. It implements
 * {@link org.primum.policy.spi.EntityDetector}; core works without this module.
 */
package org.primum.nlp;
