namespace FinGuard.Build.Policy;

/// <summary>
/// A path glob, relative to the policy file's folder, with '/' separators: <c>**</c> matches any number of
/// folders, <c>*</c> any characters within one path segment, <c>?</c> one character. Matching ignores case.
/// </summary>
internal sealed class Glob
{
    private const string AnyFolders = "**";

    // Pattern segments; "**" matches any number of folders. No Regex: the gate runs in a fresh MSBuild node
    // on every CI build, where building and interpreting regular expressions costs more than matching.
    private readonly string[] _segments;

    private Glob(string pattern, string[] segments, string literalPrefix)
    {
        Pattern = pattern;
        _segments = segments;
        LiteralPrefix = literalPrefix;
    }

    public string Pattern { get; }

    /// <summary>The folder part before the first wildcard ("src/Legacy/" for "src/Legacy/**/*.cs").</summary>
    public string LiteralPrefix { get; }

    public bool IsMatch(string relativePath) => MatchFrom(_segments, 0, relativePath.Split('/'), 0);

    private static bool MatchFrom(string[] pattern, int p, string[] path, int q)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == AnyFolders)
            {
                if (p == pattern.Length - 1)
                {
                    return q < path.Length;
                }

                for (int skip = q; skip < path.Length; skip++)
                {
                    if (MatchFrom(pattern, p + 1, path, skip))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (q >= path.Length || !MatchSegment(pattern[p], 0, path[q], 0))
            {
                return false;
            }

            p++;
            q++;
        }

        return q == path.Length;
    }

    private static bool MatchSegment(string pattern, int p, string name, int n)
    {
        while (p < pattern.Length)
        {
            char c = pattern[p];
            if (c == '*')
            {
                for (int rest = n; rest <= name.Length; rest++)
                {
                    if (MatchSegment(pattern, p + 1, name, rest))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (n >= name.Length || (c != '?' && char.ToUpperInvariant(c) != char.ToUpperInvariant(name[n])))
            {
                return false;
            }

            p++;
            n++;
        }

        return n == name.Length;
    }

    /// <summary>Parses a glob; returns null and says what was expected when the pattern is not a valid glob.</summary>
    public static Glob? TryParse(string pattern, out string? error)
    {
        error = null;
        if (pattern.Trim().Length == 0)
        {
            error = "the glob is empty; expected a path pattern such as \"tests/**\"";
            return null;
        }

        if (pattern.IndexOf('\\') >= 0)
        {
            error = $"the glob \"{pattern}\" contains '\\'; expected '/' as the folder separator";
            return null;
        }

        if (pattern.StartsWith("/", StringComparison.Ordinal) || (pattern.Length > 1 && pattern[1] == ':'))
        {
            error = $"the glob \"{pattern}\" is absolute; expected a path relative to the policy file's folder";
            return null;
        }

        foreach (char c in "[]{}!")
        {
            if (pattern.IndexOf(c) >= 0)
            {
                error = $"the glob \"{pattern}\" uses '{c}', which FinGuard globs do not support; expected only '**', '*' and '?' wildcards";
                return null;
            }
        }

        string[] segments = pattern.Split('/');
        for (int i = 0; i < segments.Length; i++)
        {
            string segment = segments[i];
            if (segment.Length == 0)
            {
                if (i == segments.Length - 1)
                {
                    // "tests/" means everything below tests.
                    segments[i] = AnyFolders;
                    continue;
                }

                error = $"the glob \"{pattern}\" has an empty folder name ('//'); expected one '/' between folders";
                return null;
            }

            if (segment != AnyFolders && segment.Contains(AnyFolders))
            {
                error = $"the glob \"{pattern}\" uses '**' inside a name; expected '**' as a whole folder name (\"src/**/Legacy*.cs\")";
                return null;
            }
        }

        int wildcard = pattern.IndexOfAny(new[] { '*', '?' });
        string literal = wildcard < 0 ? pattern : pattern.Substring(0, wildcard);
        int slash = literal.LastIndexOf('/');
        string prefix = wildcard < 0 ? literal : slash < 0 ? string.Empty : literal.Substring(0, slash + 1);
        return new Glob(pattern, segments, prefix);
    }

    public override string ToString() => Pattern;
}
