using System.Collections.Concurrent;
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
    private static readonly ConditionalWeakTable<SyntaxTree, ConcurrentDictionary<string, bool>> Words = new ConditionalWeakTable<SyntaxTree, ConcurrentDictionary<string, bool>>();

    public static string Of(SyntaxTree tree, CancellationToken cancellationToken = default)
    {
        if (!tree.TryGetText(out SourceText? text))
        {
            text = tree.GetText(cancellationToken);
        }

        return text.ToString();
    }

    /// <summary>Whether the file's text contains <paramref name="word"/> (ordinal), remembered per syntax tree.</summary>
    public static bool Contains(SyntaxTree tree, string word, CancellationToken cancellationToken = default)
    {
        ConcurrentDictionary<string, bool> known = Words.GetValue(tree, static _ => new ConcurrentDictionary<string, bool>(StringComparer.Ordinal));
        if (known.TryGetValue(word, out bool contains))
        {
            return contains;
        }

        contains = Of(tree, cancellationToken).IndexOf(word, StringComparison.Ordinal) >= 0;
        known.TryAdd(word, contains);
        return contains;
    }
}
