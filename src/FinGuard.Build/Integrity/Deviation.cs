using FinGuard.Build.Policy;

namespace FinGuard.Build.Integrity;

/// <summary>What kind of deviation from "every FinGuard rule ran on every file at its default severity".</summary>
internal enum DeviationKind
{
    /// <summary>A rule turned off or lowered by analyzer configuration (.editorconfig, global config, category/bulk keys) or NoWarn.</summary>
    RuleConfiguration,

    /// <summary>An MSBuild property that weakens FinGuard rules (NoWarn, WarningsNotAsErrors, WarningLevel=0).</summary>
    Property,

    /// <summary>A source file (or a configuration section) that calls itself generated: the analyzers skip it.</summary>
    GeneratedCode,
}

/// <summary>
/// One way the build weakened FinGuard outside <c>finguard.json</c>, with what did it (file and line, or the MSBuild
/// property) and what the gate decided: blocking (a locked rule, no waiver), waived, or reported.
/// </summary>
internal sealed class Deviation
{
    public Deviation(DeviationKind kind, string code, string? ruleId, string change, string by, string? file, int line, int column)
    {
        Kind = kind;
        Code = code;
        RuleId = ruleId;
        Change = change;
        By = by;
        File = file;
        Line = line;
        Column = column;
    }

    public DeviationKind Kind { get; }

    /// <summary>The rules it weakens ("*" for every FinGuard warning); empty for generated code.</summary>
    public System.Collections.Generic.List<string> Rules { get; } = new System.Collections.Generic.List<string>();

    /// <summary>The FG9xxx code it is reported with.</summary>
    public string Code { get; }

    /// <summary>The FinGuard rule it weakens, or null for a file that is not analysed at all.</summary>
    public string? RuleId { get; }

    /// <summary>"turned off", "lowered to note", "not analysed (name *.g.cs)".</summary>
    public string Change { get; }

    /// <summary>What did it: "dotnet_diagnostic.FG1001.severity = none", "NoWarn", "// &lt;auto-generated/&gt; header".</summary>
    public string By { get; }

    public string? File { get; }

    public int Line { get; }

    public int Column { get; }

    public bool Locked { get; set; }

    public FinGuard.Build.Reporting.FindingStatus Status { get; set; } = FinGuard.Build.Reporting.FindingStatus.Reported;

    /// <summary>The waiver that accepts it (or the expired one that no longer does).</summary>
    public Waiver? Waiver { get; set; }

    /// <summary>The MSBuild message: what happened and what to do, one sentence.</summary>
    public string Message { get; set; } = string.Empty;
}
