namespace FinGuard.Build.Sarif
{
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

        /// <summary>The rule family, e.g. "FG1" for FG1001.</summary>
        public string Family => RuleId.Length >= 3 ? RuleId.Substring(0, 3) : RuleId;
    }
}
