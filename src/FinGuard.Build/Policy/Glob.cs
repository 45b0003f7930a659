using System;
using System.Text;
using System.Text.RegularExpressions;

namespace FinGuard.Build.Policy
{
    /// <summary>
    /// A path glob, relative to the policy file's folder, with '/' separators: <c>**</c> matches any number of
    /// folders, <c>*</c> any characters within one path segment, <c>?</c> one character. Matching ignores case.
    /// </summary>
    internal sealed class Glob
    {
        private readonly Regex _regex;

        private Glob(string pattern, Regex regex, string literalPrefix)
        {
            Pattern = pattern;
            _regex = regex;
            LiteralPrefix = literalPrefix;
        }

        public string Pattern { get; }

        /// <summary>The folder part before the first wildcard ("src/Legacy/" for "src/Legacy/**/*.cs").</summary>
        public string LiteralPrefix { get; }

        public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath);

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
            var regex = new StringBuilder("^");
            for (int i = 0; i < segments.Length; i++)
            {
                string segment = segments[i];
                bool last = i == segments.Length - 1;
                if (segment.Length == 0)
                {
                    if (last)
                    {
                        // "tests/" means everything below tests.
                        regex.Append(".*");
                        break;
                    }

                    error = $"the glob \"{pattern}\" has an empty folder name ('//'); expected one '/' between folders";
                    return null;
                }

                if (segment == "**")
                {
                    regex.Append(last ? ".*" : "(?:[^/]+/)*");
                    continue;
                }

                if (segment.Contains("**"))
                {
                    error = $"the glob \"{pattern}\" uses '**' inside a name; expected '**' as a whole folder name (\"src/**/Legacy*.cs\")";
                    return null;
                }

                foreach (char c in segment)
                {
                    regex.Append(c == '*' ? "[^/]*" : c == '?' ? "[^/]" : Regex.Escape(c.ToString()));
                }

                regex.Append(last ? "$" : "/");
            }

            if (regex[regex.Length - 1] != '$')
            {
                regex.Append('$');
            }

            int wildcard = pattern.IndexOfAny(new[] { '*', '?' });
            string literal = wildcard < 0 ? pattern : pattern.Substring(0, wildcard);
            int slash = literal.LastIndexOf('/');
            string prefix = wildcard < 0 ? literal : slash < 0 ? string.Empty : literal.Substring(0, slash + 1);
            return new Glob(pattern, new Regex(regex.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), prefix);
        }

        public override string ToString() => Pattern;
    }
}
