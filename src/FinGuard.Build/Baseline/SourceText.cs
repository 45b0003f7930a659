using System;
using System.Collections.Generic;
using System.Text;

namespace FinGuard.Build.Baseline
{
    /// <summary>
    /// One source file as the gate sees it (no Roslyn in the task): line starts for region lookups and the brace
    /// scopes with the names of the declarations that open them, for the enclosing-symbol heuristic. Built once
    /// per file and per build, however many findings the file has.
    /// </summary>
    internal sealed class SourceText
    {
        private static readonly HashSet<string> NotMembers = new HashSet<string>(StringComparer.Ordinal)
        {
            "if", "else", "for", "foreach", "while", "do", "switch", "using", "lock", "fixed", "try", "catch", "finally", "when",
            "get", "set", "init", "add", "remove", "checked", "unchecked", "unsafe", "new", "return", "in", "is", "not", "and", "or",
            "case", "default", "yield", "await", "throw", "where", "select", "var",
        };

        private readonly List<int> _lineStarts = new List<int>();
        private readonly List<Scope> _scopes = new List<Scope>();

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

            try
            {
                BuildScopes();
            }
            catch (Exception e) when (e is ArgumentException || e is IndexOutOfRangeException)
            {
                // A heuristic must never fail a build: without scopes the symbol is simply unknown.
                _scopes.Clear();
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

        /// <summary>The qualified name of the innermost named declaration around the offset ("App.Checkout.Pay"), or null.</summary>
        public string? EnclosingSymbol(int offset)
        {
            Scope? best = null;
            foreach (Scope scope in _scopes)
            {
                if (scope.Name != null && scope.Start <= offset && offset <= scope.End && (best == null || scope.Start >= best.Start))
                {
                    best = scope;
                }
            }

            return best?.Name;
        }

        private void BuildScopes()
        {
            string text = Text;
            var stack = new List<Scope>();
            string? fileNamespace = null;
            int headerStart = 0;
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == '/' && i + 1 < text.Length && (text[i + 1] == '/' || text[i + 1] == '*'))
                {
                    // Comments never become part of a declaration header.
                    bool leading = IsWhitespace(text, headerStart, i);
                    int end = text[i + 1] == '/' ? text.IndexOf('\n', i) : text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                    i = end < 0 ? text.Length : text[i + 1] == '/' ? end : end + 2;
                    if (leading)
                    {
                        headerStart = i;
                    }

                    continue;
                }

                if (c == '"' || c == '\'')
                {
                    i = SkipLiteral(text, i);
                    continue;
                }

                if (c == '[' && OnlyWhitespaceSince(text, headerStart, i))
                {
                    // An attribute list before a declaration: skip it so it never becomes part of the header.
                    int depth = 0;
                    while (i < text.Length)
                    {
                        if (text[i] == '"' || text[i] == '\'')
                        {
                            i = SkipLiteral(text, i);
                            continue;
                        }

                        if (text[i] == '[')
                        {
                            depth++;
                        }
                        else if (text[i] == ']' && --depth == 0)
                        {
                            i++;
                            break;
                        }

                        i++;
                    }

                    headerStart = i;
                    continue;
                }

                if (c == '{')
                {
                    string? parent = stack.Count > 0 ? stack[stack.Count - 1].QualifiedPrefix : fileNamespace;
                    string? name = NameOf(text.Substring(headerStart, i - headerStart));
                    string? qualified = name == null ? null : parent == null ? name : parent + "." + name;
                    var scope = new Scope(i, qualified, qualified ?? parent);
                    stack.Add(scope);
                    _scopes.Add(scope);
                    headerStart = i + 1;
                }
                else if (c == '}')
                {
                    if (stack.Count > 0)
                    {
                        stack[stack.Count - 1].End = i;
                        stack.RemoveAt(stack.Count - 1);
                    }

                    headerStart = i + 1;
                }
                else if (c == ';')
                {
                    if (stack.Count == 0 && fileNamespace == null)
                    {
                        fileNamespace = NamespaceName(text.Substring(headerStart, i - headerStart).Trim());
                    }

                    headerStart = i + 1;
                }

                i++;
            }

            foreach (Scope open in stack)
            {
                open.End = text.Length;
            }

            if (fileNamespace != null)
            {
                _scopes.Add(new Scope(0, fileNamespace, fileNamespace) { End = text.Length });
            }
        }

        private static bool IsWhitespace(string text, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool OnlyWhitespaceSince(string text, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return text[i] == ']' ; // consecutive attribute lists
                }
            }

            return true;
        }

        private static int SkipLiteral(string text, int i)
        {
            char quote = text[i];
            if (quote == '\'')
            {
                int j = i + 1;
                while (j < text.Length && text[j] != '\'' && text[j] != '\n')
                {
                    j += text[j] == '\\' ? 2 : 1;
                }

                return Math.Min(j + 1, text.Length);
            }

            // Raw string literal: three or more quotes, closed by as many.
            int quotes = 0;
            while (i + quotes < text.Length && text[i + quotes] == '"')
            {
                quotes++;
            }

            if (quotes >= 3)
            {
                int close = text.IndexOf(new string('"', quotes), i + quotes, StringComparison.Ordinal);
                return close < 0 ? text.Length : close + quotes;
            }

            bool verbatim = i > 0 && (text[i - 1] == '@' || (i > 1 && text[i - 1] == '$' && text[i - 2] == '@'));
            int k = i + 1;
            while (k < text.Length)
            {
                char c = text[k];
                if (verbatim)
                {
                    if (c == '"')
                    {
                        if (k + 1 < text.Length && text[k + 1] == '"')
                        {
                            k += 2;
                            continue;
                        }

                        return k + 1;
                    }
                }
                else
                {
                    if (c == '\\')
                    {
                        k += 2;
                        continue;
                    }

                    if (c == '"' || c == '\n')
                    {
                        return k + 1;
                    }
                }

                k++;
            }

            return text.Length;
        }

        /// <summary>The declared name in the text before a '{': a namespace, type, method, property or accessor-less member.</summary>
        internal static string? NameOf(string header)
        {
            string h = header.Trim();
            if (h.Length == 0)
            {
                return null;
            }

            string? ns = NamespaceName(h);
            if (ns != null)
            {
                return ns;
            }

            string? type = TypeName(h);
            if (type != null && h.IndexOf("=>", StringComparison.Ordinal) < 0 && !h.StartsWith("new", StringComparison.Ordinal))
            {
                return type;
            }

            // Lambdas, initializers and expression bodies are not declarations.
            if (h.IndexOf("=>", StringComparison.Ordinal) >= 0 || EqualsOutsideParentheses(h))
            {
                return null;
            }

            int paren = h.IndexOf('(');
            string beforeParen = (paren >= 0 ? h.Substring(0, paren) : h).TrimEnd();
            if (beforeParen.EndsWith(">", StringComparison.Ordinal))
            {
                int lt = beforeParen.IndexOf('<');
                beforeParen = lt > 0 ? beforeParen.Substring(0, lt).TrimEnd() : beforeParen;
            }

            int startOfName = beforeParen.Length;
            while (startOfName > 0 && (char.IsLetterOrDigit(beforeParen[startOfName - 1]) || beforeParen[startOfName - 1] == '_'))
            {
                startOfName--;
            }

            string name = beforeParen.Substring(startOfName);
            if (name.Length == 0 || char.IsDigit(name[0]) || NotMembers.Contains(name))
            {
                return null;
            }

            // A member needs a type or modifier before its name ("void Pay(", "string Number"); a bare call "Foo(" is a statement.
            string rest = beforeParen.Substring(0, startOfName).Trim();
            if (rest.Length == 0 && paren >= 0)
            {
                return null;
            }

            return name;
        }

        private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';

        /// <summary>"namespace A.B" → "A.B" (no Regex: the task runs cold in every build).</summary>
        private static string? NamespaceName(string header)
        {
            const string keyword = "namespace";
            if (!header.StartsWith(keyword, StringComparison.Ordinal) || header.Length <= keyword.Length || !char.IsWhiteSpace(header[keyword.Length]))
            {
                return null;
            }

            string name = header.Substring(keyword.Length).Trim();
            if (name.Length == 0 || char.IsDigit(name[0]) || name[0] == '.')
            {
                return null;
            }

            foreach (char c in name)
            {
                if (!IsIdentifierChar(c) && c != '.')
                {
                    return null;
                }
            }

            return name;
        }

        /// <summary>The name after class, struct, interface, enum or record (also "record class/struct").</summary>
        private static string? TypeName(string header)
        {
            int i = 0;
            while (i < header.Length)
            {
                if (!IsIdentifierChar(header[i]) || (i > 0 && (IsIdentifierChar(header[i - 1]) || header[i - 1] == '@')))
                {
                    i++;
                    continue;
                }

                string word = ReadWord(header, ref i);
                if (word != "class" && word != "struct" && word != "interface" && word != "enum" && word != "record")
                {
                    continue;
                }

                int j = i;
                string next = ReadNextWord(header, ref j);
                if (word == "record" && (next == "class" || next == "struct"))
                {
                    next = ReadNextWord(header, ref j);
                }

                if (next.Length > 0 && !char.IsDigit(next[0]))
                {
                    return next;
                }
            }

            return null;
        }

        private static string ReadWord(string text, ref int i)
        {
            int start = i;
            while (i < text.Length && IsIdentifierChar(text[i]))
            {
                i++;
            }

            return text.Substring(start, i - start);
        }

        /// <summary>Skips whitespace (and a verbatim '@'), then reads an identifier; empty when something else follows.</summary>
        private static string ReadNextWord(string text, ref int i)
        {
            int start = i;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                return string.Empty;
            }

            if (i < text.Length && text[i] == '@')
            {
                i++;
            }

            return ReadWord(text, ref i);
        }

        private static bool EqualsOutsideParentheses(string text)
        {
            int depth = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '(')
                {
                    depth++;
                }
                else if (c == ')')
                {
                    depth--;
                }
                else if (c == '=' && depth == 0)
                {
                    bool comparison = (i + 1 < text.Length && text[i + 1] == '=') || (i > 0 && "=!<>".IndexOf(text[i - 1]) >= 0);
                    if (!comparison)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private sealed class Scope
        {
            public Scope(int start, string? name, string? qualifiedPrefix)
            {
                Start = start;
                Name = name;
                QualifiedPrefix = qualifiedPrefix;
            }

            public int Start { get; }

            public int End { get; set; }

            /// <summary>The qualified name of this scope when it is a named declaration.</summary>
            public string? Name { get; }

            /// <summary>What nested declarations are qualified with (the nearest named scope).</summary>
            public string? QualifiedPrefix { get; }
        }
    }
}
