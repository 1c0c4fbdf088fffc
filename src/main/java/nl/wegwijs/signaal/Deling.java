package nl.wegwijs.signaal;

/**
 * On what basis a guide shares a signal with the gemeente (addresses it to the regievoerder): the statushouder
 * consented to sharing it, or there is acute danger. The referral is then the sharing: the regievoerder sees the
 * signal without a further consent.
 */
public enum Deling {
    TOESTEMMING, ACUUT_GEVAAR
}
