namespace FinGuard.Build.Reporting;

/// <summary>The PCI DSS v4.0 requirement each family of findings evidences, for the auditor's report.</summary>
internal static class PciRequirements
{
    public static (int Order, string Title) Of(string family) => family switch
    {
        "FG1" => (3, "Requirement 3: Protect stored account data (3.2.1, 3.3, 3.4.1, 3.5.1; card data)"),
        "FG3" => (3, "Requirement 3: Protect stored account data (3.5; field encryption and data protection)"),
        "FG2" => (6, "Requirement 6: Develop and maintain secure systems and software (6.2.4; payment idempotency)"),
        "NuGet" => (6, "Requirement 6: Develop and maintain secure systems and software (6.3.3; known-vulnerable dependencies)"),
        "FG4" => (8, "Requirement 8: Identify users and authenticate access (8.6.2; no hard-coded secrets; 3.6 keys)"),
        "FG5" => (7, "Requirement 7: Restrict access by business need to know (7.2; authorization on money-moving endpoints)"),
        _ => (99, "Other FinGuard findings"),
    };

    /// <summary>
    /// The requirement for one rule: the FG5 family spans two requirements (FG5001 access control: 7.2; FG5002 and
    /// FG5003 audit trail: 10.2, 10.3), and so does FG4 (secrets: 8.6.2; the transport rules FG4004 certificate
    /// validation, FG4005 plain HTTP and FG4006 deprecated TLS versions: 4.2.1); every other family maps as a whole.
    /// </summary>
    public static (int Order, string Title) Of(string family, string ruleId) => ruleId switch
    {
        "FG4004" or "FG4005" or "FG4006" => (4, "Requirement 4: Protect cardholder data with strong cryptography during transmission over open, public networks (4.2.1; trusted certificates, https, TLS 1.2 and later)"),
        "FG5002" or "FG5003" => (10, "Requirement 10: Log and monitor all access (10.2 audit records of money movement; 10.3 audit logs protected from change)"),
        _ => Of(family),
    };
}
