package io.authcognito.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * One try at an account's password, and who makes it: the client's address (behind a trusted
 * proxy, the address the proxy names) and, when the browser is a known device of this account
 * (see {@link DeviceCookies}), that device. Names the counters {@link LoginThrottle} keeps.
 */
record LoginAttempt(String email, String address, Optional<String> device) {

    String account() {
        return "account:" + email.toLowerCase(Locale.ROOT);
    }

    String fromAddress() {
        return "address:" + address;
    }

    /** This address's failures against this account. */
    String pair() {
        return "pair:" + address + "|" + email.toLowerCase(Locale.ROOT);
    }

    /** The logins an address over its limit has tried in the last minute. */
    String overLimit() {
        return "over-limit:" + address;
    }

    Optional<String> fromDevice() {
        return device.map(nonce -> "device:" + nonce);
    }

    /** What the failure limit is counted on: the known device, or else the account. */
    String limited() {
        return fromDevice().orElseGet(this::account);
    }
}
