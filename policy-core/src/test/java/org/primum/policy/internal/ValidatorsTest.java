package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ValidatorsTest {

    @Test
    void luhnAcceptsKnownCardTestNumbersAndRejectsOneDigitOff() {
        assertThat(Validators.luhn("4111111111111111")).isTrue();
        assertThat(Validators.luhn("5500005555555559")).isTrue();
        assertThat(Validators.luhn("4111111111111112")).isFalse();
        assertThat(Validators.cardLike("378282246310005")).isTrue();
        assertThat(Validators.cardLike("0000000218250097")).isFalse();
    }

    @Test
    void luhnCatchesEverySingleDigitChange() {
        Random random = new Random(42);
        String valid = "4111111111111111";
        for (int n = 0; n < 200; n++) {
            int pos = random.nextInt(valid.length());
            char old = valid.charAt(pos);
            char changed = (char) ('0' + (old - '0' + 1 + random.nextInt(9)) % 10);
            String mutated = valid.substring(0, pos) + changed + valid.substring(pos + 1);
            assertThat(Validators.luhn(mutated)).as(mutated).isFalse();
        }
    }

    @Test
    void npiUsesTheHealthIndustryPrefix() {
        assertThat(Validators.npi("1234567893")).isTrue();
        assertThat(Validators.npi("1234567890")).isFalse();
        assertThat(Validators.npi("123456789")).isFalse();
    }

    @Test
    void ssnRejectsImpossibleRangesAndAdvertisingNumbers() {
        assertThat(Validators.ssn("412673380")).isTrue();
        assertThat(Validators.ssn("000123456")).isFalse();
        assertThat(Validators.ssn("666123456")).isFalse();
        assertThat(Validators.ssn("912345678")).isFalse();
        assertThat(Validators.ssn("412003380")).isFalse();
        assertThat(Validators.ssn("412670000")).isFalse();
        assertThat(Validators.ssn("078051120")).isFalse();
        assertThat(Validators.ssn("123456789")).isFalse();
    }

    @Test
    void deaCheckDigitIsSumOfOddPlusTwiceEven() {
        assertThat(Validators.deaCheck("BK4829137")).isTrue();
        assertThat(Validators.deaCheck("FN7302158")).isTrue();
        assertThat(Validators.deaCheck("BK4829136")).isFalse();
        assertThat(Validators.deaShape("QK4829137")).as("Q is not a registrant type").isFalse();
        assertThat(Validators.deaShape("B94829137")).as("9 for a business name").isTrue();
    }

    @Test
    void vinCheckDigitUsesTransliterationAndWeights() {
        assertThat(Validators.vinCheck("1HGCM8265BA004352")).isTrue();
        assertThat(Validators.vinCheck("11111111111111111")).isFalse(); // shape needs a letter
        assertThat(Validators.vinCheck("1M8GDM9AXKP042788")).as("check digit X").isTrue();
        assertThat(Validators.vinCheck("1HGCM8265BA004353")).isFalse();
        assertThat(Validators.vinShape("1HGCM8265BA00435O")).as("no letter O").isFalse();
    }

    @Test
    void mbiFollowsPositionRules() {
        assertThat(Validators.mbi("1EG4TE5MK73")).isTrue();
        assertThat(Validators.mbi("5TW2QJ8KD06")).isTrue();
        assertThat(Validators.mbi("0EG4TE5MK73")).as("position 1 is 1-9").isFalse();
        assertThat(Validators.mbi("1SG4TE5MK73")).as("S is excluded").isFalse();
        assertThat(Validators.mbi("1EG4TE5MK7")).isFalse();
    }

    @Test
    void gtinCheckDigit() {
        assertThat(Validators.gtin("00844588003288")).isTrue();
        assertThat(Validators.gtin("00844588003289")).isFalse();
        assertThat(Validators.gtin("4006381333931")).isTrue();
    }

    @Test
    void ipv4NeedsFourDecimalOctetsWithoutLeadingZeros() {
        assertThat(Validators.ipv4("73.162.44.19")).containsExactly(73, 162, 44, 19);
        assertThat(Validators.ipv4("256.1.1.1")).isNull();
        assertThat(Validators.ipv4("1.2.3")).isNull();
        assertThat(Validators.ipv4("1.2.3.4.5")).isNull();
        assertThat(Validators.ipv4("01.2.3.4")).isNull();
        assertThat(Validators.ipv4NonPublic(Validators.ipv4("192.168.1.50"))).isTrue();
        assertThat(Validators.ipv4NonPublic(Validators.ipv4("98.214.7.133"))).isFalse();
    }

    @Test
    void ipv6ParsesFullCompressedAndMixedForms() {
        assertThat(Validators.ipv6("2601:249:8a00:5e10:d4c1:9f2b:7a3e:11c0")).isNotNull();
        assertThat(Validators.ipv6("2600:1700:3c80:42f0::2b")).containsExactly(
                0x2600, 0x1700, 0x3c80, 0x42f0, 0, 0, 0, 0x2b);
        assertThat(Validators.ipv6("::")).containsExactly(0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(Validators.ipv6("::1")).isNotNull();
        assertThat(Validators.ipv6("fe80::")).isNotNull();
        assertThat(Validators.ipv6("::ffff:73.162.44.19")).containsExactly(0, 0, 0, 0, 0, 0xffff, 0x49a2, 0x2c13);
        assertThat(Validators.ipv6("1:2:3:4:5:6:7")).isNull();
        assertThat(Validators.ipv6("1:2:3:4:5:6:7:8:9")).isNull();
        assertThat(Validators.ipv6("1::2::3")).isNull();
        assertThat(Validators.ipv6("12345::1")).isNull();
        assertThat(Validators.ipv6("10:15:30")).isNull();
        assertThat(Validators.ipv6("00:1A:2B:3C:4D:5E")).isNull();
        assertThat(Validators.ipv6("1:2:3:4:5:6:7:")).isNull();
        // documentation space stands for public addresses in examples
        assertThat(Validators.ipv6NonPublic(Validators.ipv6("2001:db8::1"))).isFalse();
        assertThat(Validators.ipv6NonPublic(Validators.ipv6("fe80::1"))).isTrue();
        assertThat(Validators.ipv6NonPublic(Validators.ipv6("2600:1700:3c80:42f0::2b"))).isFalse();
    }

    @Test
    void quantitiesDatesAndRangesAreNotIdentifiers() {
        assertThat(Validators.looksLikeQuantityOrDate("14,302")).isTrue();
        assertThat(Validators.looksLikeQuantityOrDate("12.5")).isTrue();
        assertThat(Validators.looksLikeQuantityOrDate("03/04/1961")).isTrue();
        assertThat(Validators.looksLikeQuantityOrDate("2026-03-04")).isTrue();
        assertThat(Validators.looksLikeQuantityOrDate("2019-2026")).isTrue();
        assertThat(Validators.looksLikeQuantityOrDate("10:15")).isTrue();
        assertThat(Validators.looksLikeQuantityOrDate("2026-00481")).isFalse();
        assertThat(Validators.looksLikeQuantityOrDate("7781-2231")).isFalse();
        assertThat(Validators.looksLikeQuantityOrDate("00482913")).isFalse();
        assertThat(Validators.looksLikeQuantityOrDate("A123456")).isFalse();
    }

    @Test
    void countDigitsCountsOnlyDigits() {
        assertThat(Validators.countDigits("(312) 555-0148")).isEqualTo(10);
        assertThat(Validators.countDigits("no digits")).isZero();
    }
}
