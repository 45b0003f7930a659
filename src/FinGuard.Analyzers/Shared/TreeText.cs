using System.Threading;
using Microsoft.CodeAnalysis.Text;

namespace FinGuard.Analyzers.Shared;

/// <summary>
/// A file's text as one string, for ordinal searches that decide whether a compilation-wide index needs to walk the
/// file's nodes at all (issue #26). For text read as a whole this is the string the file was parsed from (no copy).
/// </summary>
internal static class TreeText
{
    public static string Of(SyntaxTree tree, CancellationToken cancellationToken = default)
    {
        if (!tree.TryGetText(out SourceText? text))
        {
            text = tree.GetText(cancellationToken);
        }

        return text.ToString();
    }
}
