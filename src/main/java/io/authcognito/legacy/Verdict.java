package io.authcognito.legacy;

/** What {@link LegacyPasswordHashes#verify} concluded about a password and a stored legacy hash. */
public enum Verdict {
    /** The stored value is in a known format and the password produces it. */
    MATCH,
    /** The stored value is in a known format, is well formed, and the password does not produce it. */
    MISMATCH,
    /**
     * The stored value is in no format we know, or looks like one but cannot be read or has parameters
     * outside our bounds (corrupt or poisoned row). The caller should log it for the customer, never the value.
     */
    UNKNOWN_FORMAT
}
