/**
 * The public portal (公示反馈, 码上见代表): pages under {@code /public} that need no account — current themes,
 * stations per street with printable QR codes, deputies' QR pages, submitting a voter opinion, tracking it by
 * code and evaluating the reply, and published answers. Public submissions are rate limited per address.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Public portal",
        allowedDependencies = {"core", "organization", "outreach", "handling"})
package cn.renda.portal;
