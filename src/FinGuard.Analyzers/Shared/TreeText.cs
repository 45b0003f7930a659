using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace FinGuard.Analyzers.Shared;

/// <summary>
/// A file's text as one string, for ordinal searches that decide whether a compilation-wide index needs to walk the
/// file's nodes at all (issue #26). For text read as a whole this is the string the file was parsed from (no copy).
/// </summary>
internal static class TreeText
{
    // Per syntax tree: which words it contains, asked once per tree and word. The editor makes a new compilation per
    // edit but keeps the syntax tree of every unchanged file, so a compilation-wide text search (for "DbSet<", a card
    // member's name, ...) reads only the edited file again, not the whole solution's text per keystroke.
    // The memo is a small copy-on-write array (a handful of words per tree), read without locks: with a
    // ConcurrentDictionary per tree, the indexes that walk every tree at compilation start on different threads met
    // on the same bucket locks and spun (issue #26: a tenth of FinGuard's samples on payment-dense code).
    private static readonly ConditionalWeakTable<SyntaxTree, Memo> Words = new ConditionalWeakTable<SyntaxTree, Memo>();

    private sealed class Memo
    {
        public (string Word, bool Contains)[] Known = System.Array.Empty<(string, bool)>();
    }

    public static string Of(SyntaxTree tree, CancellationToken cancellationToken = default)
    {
        if (!tree.TryGetText(out SourceText? text))
        {
            text = tree.GetText(cancellationToken);
        }

        return text.ToString();
    }

    /// <summary>
    /// The identifier tokens spelled <paramref name="name"/> (also <c>@name</c>) inside <paramref name="node"/>, in text
    /// order, found by searching the node's text for the name (ordinal) and taking the token at each match: a
    /// text-anchored alternative to walking every descendant for the few places of one name (issue #26). A match
    /// inside a longer identifier, a comment or a string leads to a token whose text starts elsewhere and is skipped.
    /// </summary>
    /// <remarks>A struct enumerable, read with foreach: the indexes and rules ask this for many names and scopes, and an
    /// iterator method allocated an object per search.</remarks>
    public static NamedTokens TokensNamed(SyntaxNode node, string name, CancellationToken cancellationToken = default)
        => new NamedTokens(node, name, cancellationToken);

    /// <summary>The tokens <see cref="TokensNamed"/> finds, enumerated without allocating.</summary>
    public readonly struct NamedTokens
    {
        private readonly SyntaxNode _node;
        private readonly string _name;
        private readonly CancellationToken _cancellationToken;

        public NamedTokens(SyntaxNode node, string name, CancellationToken cancellationToken)
        {
            _node = node;
            _name = name;
            _cancellationToken = cancellationToken;
        }

        public Enumerator GetEnumerator() => new Enumerator(_node, _name, _cancellationToken);

        public struct Enumerator
        {
            private readonly SyntaxNode _node;
            private readonly string _name;
            private readonly CancellationToken _cancellationToken;
            private string? _text;
            private int _end;
            private int _at;
            private SyntaxToken _current;

            public Enumerator(SyntaxNode node, string name, CancellationToken cancellationToken)
            {
                _node = node;
                _name = name;
                _cancellationToken = cancellationToken;
                _text = null;
                _end = 0;
                _at = -2;
                _current = default;
            }

            public SyntaxToken Current => _current;

            public bool MoveNext()
            {
                string name = _name;
                if (_at == -2)
                {
                    // An empty name is found at every position and would never advance.
                    if (name.Length == 0)
                    {
                        _at = -1;
                        return false;
                    }

                    _text = Of(_node.SyntaxTree, _cancellationToken);
                    _end = _node.Span.End;
                    _at = _text.IndexOf(name, _node.SpanStart, _end - _node.SpanStart, StringComparison.Ordinal);
                }
                else if (_at >= 0)
                {
                    _at = _at + name.Length >= _end ? -1 : _text!.IndexOf(name, _at + name.Length, _end - _at - name.Length, StringComparison.Ordinal);
                }

                for (; _at >= 0 && _at + name.Length <= _end;
                     _at = _at + name.Length >= _end ? -1 : _text!.IndexOf(name, _at + name.Length, _end - _at - name.Length, StringComparison.Ordinal))
                {
                    int at = _at;
                    SyntaxToken token = _node.FindToken(at);
                    if ((token.SpanStart == at || (token.SpanStart == at - 1 && _text![at - 1] == '@')) && token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name)
                    {
                        _current = token;
                        return true;
                    }
                }

                _at = -1;
                return false;
            }
        }
    }

    /// <summary>Whether the file's text contains <paramref name="word"/> (ordinal), remembered per syntax tree.</summary>
    public static bool Contains(SyntaxTree tree, string word, CancellationToken cancellationToken = default)
    {
        Memo memo = Words.GetValue(tree, static _ => new Memo());
        (string Word, bool Contains)[] known = Volatile.Read(ref memo.Known);
        foreach ((string Word, bool Contains) entry in known)
        {
            if (string.Equals(entry.Word, word, StringComparison.Ordinal))
            {
                return entry.Contains;
            }
        }

        bool contains = Of(tree, cancellationToken).IndexOf(word, StringComparison.Ordinal) >= 0;
        while (true)
        {
            // Another thread may have added words meanwhile: copy what is there now, add ours, publish if unchanged.
            var grown = new (string Word, bool Contains)[known.Length + 1];
            System.Array.Copy(known, grown, known.Length);
            grown[known.Length] = (word, contains);
            (string Word, bool Contains)[] seen = Interlocked.CompareExchange(ref memo.Known, grown, known);
            if (ReferenceEquals(seen, known))
            {
                return contains;
            }

            known = seen;
            foreach ((string Word, bool Contains) entry in known)
            {
                if (string.Equals(entry.Word, word, StringComparison.Ordinal))
                {
                    return entry.Contains;
                }
            }
        }
    }
}
