using FinGuard.Analyzers;
using FinGuard.Analyzers.Secrets;
using FinGuard.CodeFixes.Shared;

namespace FinGuard.CodeFixes.Secrets;

/// <summary>
/// FG4005 fix: switches the URI's scheme from <c>http://</c> to <c>https://</c> inside the literal (regular,
/// verbatim and interpolated strings). Not offered for URIs with an explicit port, whose TLS port is unknown.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PlainHttpEndpointFixer))]
public sealed class PlainHttpEndpointFixer : FinGuardCodeFixProvider
{
    internal const string EquivalenceKey = "FinGuard.FG4005.UseHttps";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PlainHttpPaymentEndpoint);

    public PlainHttpEndpointFixer()
        : base(EquivalenceKey)
    {
    }

    protected override Task RegisterFixesAsync(FixSite site)
    {
        if (!site.Diagnostic.Properties.ContainsKey(PlainHttpEndpointAnalyzer.FixableProperty))
        {
            return Task.CompletedTask;
        }

        SyntaxToken token = site.Node switch
        {
            LiteralExpressionSyntax literal when literal.Token.IsKind(SyntaxKind.StringLiteralToken) => literal.Token,
            InterpolatedStringTextSyntax text => text.TextToken,
            _ => default,
        };

        if (token.RawKind != 0 && Switch(token.Text) != null && Switch(token.ValueText) != null)
        {
            Document document = site.Document;
            site.Register(CodeAction.Create("Use https", ct => ReplaceAsync(document, token, ct), EquivalenceKey));
        }

        return Task.CompletedTask;
    }

    private static async Task<Document> ReplaceAsync(Document document, SyntaxToken token, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        string? text = Switch(token.Text);
        string? value = Switch(token.ValueText);
        if (root == null || text == null || value == null)
        {
            return document;
        }

        SyntaxToken replacement = token.IsKind(SyntaxKind.StringLiteralToken)
            ? SyntaxFactory.Literal(token.LeadingTrivia, text, value, token.TrailingTrivia)
            : SyntaxFactory.Token(token.LeadingTrivia, SyntaxKind.InterpolatedStringTextToken, text, value, token.TrailingTrivia);
        return document.WithSyntaxRoot(root.ReplaceToken(token, replacement));
    }

    /// <summary>The text with its first <c>http://</c> (any case) turned into <c>https://</c>, or null.</summary>
    private static string? Switch(string text)
    {
        int at = text.IndexOf("http://", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : text.Substring(0, at) + "https://" + text.Substring(at + "http://".Length);
    }
}
