namespace FinGuard.Build.Sarif;

/// <summary>One FinGuard diagnostic as the compiler recorded it in its SARIF error log.</summary>
internal sealed class Finding
{
    public Finding(string ruleId, string level, string message, string? filePath, int line, int column, int endLine, int endColumn, bool isSuppressed, string? helpUri)
    {
        RuleId = ruleId;
        Level = level;
        Message = message;
        FilePath = filePath;
        Line = line;
        Column = column;
        EndLine = endLine;
        EndColumn = endColumn;
        IsSuppressed = isSuppressed;
        HelpUri = helpUri;
    }

    public string RuleId { get; }

    /// <summary>SARIF level after .editorconfig: error, warning, note or none.</summary>
    public string Level { get; }

    public string Message { get; }

    public string? FilePath { get; }

    public int Line { get; }

    public int Column { get; }

    public int EndLine { get; }

    public int EndColumn { get; }

    /// <summary>Suppressed in source (#pragma, [SuppressMessage]) or by a suppressor: reported, never blocking.</summary>
    public bool IsSuppressed { get; }

    public string? HelpUri { get; }

    /// <summary>How the compiler says it was suppressed: "Pragma Directive", "SuppressMessageAttribute", or the SARIF kind ("external" for a suppressor); null when not suppressed.</summary>
    public string? SuppressionKind { get; set; }

    /// <summary>The justification the suppression carries ([SuppressMessage(Justification = ...)]), if any.</summary>
    public string? SuppressionJustification { get; set; }

    /// <summary>The enclosing symbol the analyzer recorded (<c>properties.customProperties["finguard.symbol"]</c>), if any.</summary>
    public string? Symbol { get; set; }

    /// <summary>The rule's title and description from the log's rule metadata, if any.</summary>
    public RuleInfo? Rule { get; set; }

    /// <summary>Baseline fingerprint (rule + file + enclosing symbol + normalised flagged text), set by the gate.</summary>
    public string? Fingerprint { get; set; }

    /// <summary>Path relative to the project folder with '/' separators, set by the gate.</summary>
    public string? RelativePath { get; set; }

    /// <summary>The rule family, e.g. "FG1" for FG1001.</summary>
    public string Family => RuleId.StartsWith("NU", System.StringComparison.Ordinal) ? "NuGet" : RuleId.Length >= 3 ? RuleId.Substring(0, 3) : RuleId;
}

/// <summary>Rule metadata as the compiler log describes it (SARIF reportingDescriptor).</summary>
internal sealed class RuleInfo
{
    public RuleInfo(string id, string? title, string? description, string? helpUri, string? category)
    {
        Id = id;
        Title = title;
        Description = description;
        HelpUri = helpUri;
        Category = category;
    }

    public string Id { get; }

    public string? Title { get; }

    public string? Description { get; }

    public string? HelpUri { get; }

    public string? Category { get; }

    /// <summary>The rule's default SARIF level (warning unless the descriptor says otherwise).</summary>
    public string DefaultLevel { get; set; } = "warning";
}
