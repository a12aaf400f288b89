package org.primum.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IpRuleTest {

    private final IpRule rule = new IpRule();

    @Test
    void findsPublicIpv4() {
        assertThat(RuleTesting.found(rule, "all the login attempts from 73.162.44.19. IT says fine"))
                .containsExactly("73.162.44.19");
        assertThat(RuleTesting.found(rule, "his IP 98.214.7.133 bouncing all over")).containsExactly("98.214.7.133");
    }

    @Test
    void findsIpv6InFullAndCompressedForms() {
        assertThat(RuleTesting.found(rule, "both portal logins came from the same IPv6, 2601:249:8a00:5e10:d4c1:9f2b:7a3e:11c0. review it"))
                .containsExactly("2601:249:8a00:5e10:d4c1:9f2b:7a3e:11c0");
        assertThat(RuleTesting.found(rule, "a 3am login from 2600:1700:3c80:42f0::2b... turns out it was her"))
                .containsExactly("2600:1700:3c80:42f0::2b");
    }

    @Test
    void organisationServersAreLowConfidence() {
        assertThat(RuleTesting.found(rule, "VPN down? make sure you point at 203.0.113.10, the new server")).isEmpty();
        assertThat(RuleTesting.found(rule, "her portal login came from 203.0.113.10 at 3am"))
                .containsExactly("203.0.113.10");
    }

    @Test
    void privateAndDocumentationAddressesAreLowConfidence() {
        assertThat(RuleTesting.found(rule, "the kiosk is pointed at 192.168.1.50, just reboot the router")).isEmpty();
        assertThat(RuleTesting.detect(rule, "the kiosk is pointed at 192.168.1.50")).hasSize(1);
        assertThat(RuleTesting.found(rule, "try ::1 or fe80::1 or 2001:db8::7")).isEmpty();
        assertThat(RuleTesting.found(rule, "10.0.0.12 is the printer")).isEmpty();
    }

    @Test
    void versionSectionAndDecimalNumbersAreNotAddresses() {
        assertThat(RuleTesting.detect(rule, "Version 2.4.1 of the order set, and v1.2.3.4 of the app")).isEmpty();
        assertThat(RuleTesting.detect(rule, "see section 4.2.1.3 of the guideline")).isEmpty();
        assertThat(RuleTesting.detect(rule, "HR 0.82 (95% CI 0.71-0.94)")).isEmpty();
        assertThat(RuleTesting.detect(rule, "levels 256.1.1.1 and 1.2.3.4.5")).isEmpty();
        assertThat(RuleTesting.found(rule, "steps 1.2.3.4 in order")).isEmpty();
    }

    @Test
    void aLabelNamesTheNumberOnlyRightBeforeItOrAcrossOneMark() {
        assertThat(RuleTesting.detect(rule, "Table: 12.40.118.9 lists the doses")).isEmpty();
        assertThat(RuleTesting.detect(rule, "in Chapter 12.40.118.9 we cover it")).isEmpty();
        // the label two words back names something else: "left on the page by 12.40.118.9"
        assertThat(RuleTesting.detect(rule, "the nasty reviews left on our page by 73.41.118.9 every night")).hasSize(1);
    }

    @Test
    void timesMacAddressesAndLabelsAreNotIpv6() {
        assertThat(RuleTesting.detect(rule, "at 10:15:30 the MAC 00:1A:2B:3C:4D:5E dropped")).isEmpty();
        assertThat(RuleTesting.detect(rule, "Fact: add: bed: deaf:")).isEmpty();
    }

    @Test
    void anAddressCalledSomeonesConnectionIsTheirs() {
        assertThat(RuleTesting.found(rule, "the duplicate bookings all came in from 81.22.190.14 - a home connection"))
                .containsExactly("81.22.190.14");
        assertThat(RuleTesting.found(rule, "all the portal resets were traced to 73.90.114.2")).containsExactly("73.90.114.2");
        // an organisation's server is not a person's connection
        assertThat(RuleTesting.found(rule, "our server at 81.22.190.14 lost its connection overnight")).isEmpty();
    }
}
