namespace FinGuard.Build.Reporting
{
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
            _ => (99, "Other FinGuard findings"),
        };
    }
}
