using System.Text;

namespace FinGuard.Build.Baseline;

/// <summary>
/// One source file as the gate sees it (no Roslyn in the task): line starts, to cut out the flagged text that a
/// baseline fingerprint hashes. The enclosing symbol comes from the analyzers (the <c>finguard.symbol</c>
/// property), never from parsing C# here. Built once per file and per build, however many findings the file has.
/// </summary>
internal sealed class SourceText
{
    private readonly List<int> _lineStarts = new List<int>();

    public SourceText(string text)
    {
        Text = text;
        _lineStarts.Add(0);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    public string Text { get; }

    /// <summary>The offset of a 1-based line and column (UTF-16 code units), clamped to the text.</summary>
    public int OffsetOf(int line, int column)
    {
        if (line < 1)
        {
            return 0;
        }

        if (line > _lineStarts.Count)
        {
            return Text.Length;
        }

        int offset = _lineStarts[line - 1] + Math.Max(column, 1) - 1;
        return Math.Min(offset, Text.Length);
    }

    /// <summary>The flagged text with every run of whitespace collapsed to one space (so re-indentation does not matter).</summary>
    public string NormalizedRegion(int line, int column, int endLine, int endColumn)
    {
        int start = OffsetOf(line, column);
        int end = OffsetOf(endLine, endColumn);
        if (end <= start)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(end - start);
        bool space = false;
        for (int i = start; i < end; i++)
        {
            char c = Text[i];
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
