namespace FinGuard.Build;

/// <summary>
/// One of the gate's own FG9xxx errors or warnings, always with the file, line and column it is about, so a
/// bad input reads like a compiler error in CI logs and IDEs, never like a stack trace.
/// </summary>
internal sealed record GateDiagnostic(string Code, bool IsError, string? File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): {(IsError ? "error" : "warning")} {Code}: {Message}";
}

/// <summary>The gate's FG9xxx codes; each has docs/rules/FG9nnn.md (checked by GateCodesTests). They live here, not in the analyzers' RuleIds: no analyzer reports them.</summary>
internal static class GateCodes
{
    public const string LogMissing = "FG9001";
    public const string LogUnreadable = "FG9002";
    public const string PolicyMalformed = "FG9003";
    public const string PolicyInvalid = "FG9004";
    public const string UnknownRule = "FG9005";
    public const string BadGlob = "FG9006";
    public const string BadDate = "FG9007";
    public const string WaiverIncomplete = "FG9008";
    public const string WaiverExpired = "FG9009";
    public const string WaiverStale = "FG9010";
    public const string BaselineUnreadable = "FG9011";
    public const string PolicyMissing = "FG9012";
    public const string AssetsUnreadable = "FG9013";
    public const string AnalyzersSkipped = "FG9014";
    public const string AnalyzersMissing = "FG9015";
    public const string AnalyzerFailed = "FG9016";
    public const string LockedRuleWeakened = "FG9017";
    public const string LockedRuleSuppressed = "FG9018";
    public const string GeneratedCodeNotAnalyzed = "FG9019";
    public const string AuditNotDone = "FG9020";
}
