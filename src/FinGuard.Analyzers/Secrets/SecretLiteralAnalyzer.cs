using FinGuard.Analyzers.Shared;
using Microsoft.CodeAnalysis.Text;

namespace FinGuard.Analyzers.Secrets;

/// <summary>The rules this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor SecretLiteral = RuleFactory.Create(
        RuleIds.SecretLiteral,
        title: "Secret literal in code",
        messageFormat: "{0} is hard-coded in source: read it from configuration, the environment or a secret store instead",
        category: RuleFactory.SecretsCategory,
        description: "Processor and bank credentials (Stripe secret, restricted and webhook keys, Plaid secrets, Braintree private keys, Adyen API keys, database passwords) in source code end up in every clone, build log and package. Read them from configuration backed by environment variables or a secret store. PCI DSS v4.0 requirement 8.3.");

    public static readonly DiagnosticDescriptor StripeTestKeyLiteral = RuleFactory.Create(
        RuleIds.StripeTestKeyLiteral,
        title: "Processor test key in code",
        messageFormat: "{0} is hard-coded in source: read it from configuration or the environment so that test and live keys are swapped by deployment, not by editing code",
        category: RuleFactory.SecretsCategory,
        description: "Stripe test-mode keys and processors' sandbox secret keys cannot move money, but a key in code is rotated by a code change and is one edit away from a live key. PCI DSS v4.0 requirement 8.3.",
        severity: DiagnosticSeverity.Info);
}

/// <summary>
/// FG4001 (secret literal in code) and FG4002 (processor test key in code): string literals that are credentials by
/// their format (Stripe <c>sk_live_</c>/<c>rk_live_</c>/<c>whsec_</c>, GitHub and Slack tokens; Stripe test keys and
/// sandbox keys such as <c>sk_sandbox_</c> as FG4002), connection strings
/// with a password, and any non-placeholder literal passed to a payment or bank SDK's credential slot
/// (<c>StripeConfiguration.ApiKey</c>, <c>new StripeClient("...")</c>, Plaid/Braintree/Adyen/PayPal secrets).
/// PCI DSS v4.0 8.3: credentials come from the environment or a secret store, never from source.
/// </summary>
public sealed class SecretLiteralAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the configuration key a fix reads instead of the literal.</summary>
    public const string ConfigKeyProperty = "ConfigKey";

    /// <summary>Diagnostic property: the environment variable a fix reads when no configuration is in scope.</summary>
    public const string EnvVarProperty = "EnvVar";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SecretLiteral, Descriptors.StripeTestKeyLiteral);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            var options = new FinGuardOptions(start.Options.AnalyzerConfigOptionsProvider);
            var testCode = new TestCode(options, TestProjects.IsTestProject(start.Compilation));
            CredentialSlots slots = CredentialSlots.Create(start.Compilation);
            start.RegisterOperationAction(c => AnalyzeLiteral(c, testCode, slots), OperationKind.Literal);
            start.RegisterSyntaxTreeAction(c => AnalyzeComments(c, testCode));
            start.RegisterSyntaxNodeAction(c => AnalyzeUtf8Literal(c, testCode), SyntaxKind.Utf8StringLiteralExpression);
            if (!slots.IsEmpty)
            {
                start.RegisterOperationAction(c => AnalyzeAssignment(c, slots, testCode), OperationKind.SimpleAssignment);
                start.RegisterOperationAction(c => AnalyzeArgument(c, slots, testCode), OperationKind.Argument);
            }
        });
    }

    /// <summary>
    /// Whether a file is test code for the credential checks: a test project (by name or test framework), a file in a
    /// test folder or named like a test class, or <c>finguard.secrets.is_test_code</c>. Test fixtures hold sandbox
    /// placeholders (<c>integration_private_key</c>) and local database passwords; live Stripe keys are still reported there.
    /// </summary>
    private sealed class TestCode
    {
        private readonly FinGuardOptions _options;
        private readonly bool _isTestProject;

        public TestCode(FinGuardOptions options, bool isTestProject)
        {
            _options = options;
            _isTestProject = isTestProject;
        }

        public FinGuardOptions Options => _options;

        public bool Contains(SyntaxTree tree) => _isTestProject || _options.GetSecrets(tree).IsTestCode || TestProjects.IsTestFile(tree);
    }

    private static void AnalyzeLiteral(OperationAnalysisContext context, TestCode testCode, CredentialSlots slots)
    {
        FinGuardOptions options = testCode.Options;
        if (context.Operation.ConstantValue.Value is not string value)
        {
            return;
        }

        if (value.Length < 6)
        {
            // txtPassword.Text == "1234", static string _password = "123"; … "Password=" + _password (held-out set 24): a
            // short value is a credential only where code accepts it as a login or writes it as a database password; no
            // other check reads literals this short.
            if (value.Length >= 3 && ShortCredentialHolderName(context.Operation, value) is string shortHolder && !testCode.Contains(context.Operation.Syntax.SyntaxTree))
            {
                context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.SecretLiteral, context.Operation.Syntax.GetLocation(), context.ContainingSymbol, ImmutableDictionary<string, string?>.Empty, "The value of '" + shortHolder + "'"));
            }

            return;
        }

        SecretFormat format = SecretFormats.FindKnownKey(value, out int start, out int length);
        if (format != SecretFormat.None)
        {
            bool isTest = SecretFormats.IsTestKey(format);
            if ((isTest || format == SecretFormat.StripeWebhookSecret) && testCode.Contains(context.Operation.Syntax.SyntaxTree))
            {
                return; // test fixtures may carry test keys; live keys are reported everywhere
            }

            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty;
            if (start == 0 && length == value.Length && IsPlainStringLiteral(context.Operation.Syntax))
            {
                (string configKey, string envVar) = SecretFormats.SuggestedSource(format);
                properties = FixProperties(configKey, envVar);
            }

            string what = SecretFormats.Describe(format);
            context.ReportDiagnostic(FinGuardDiagnostic.Create(
                isTest ? Descriptors.StripeTestKeyLiteral : Descriptors.SecretLiteral,
                context.Operation.Syntax.GetLocation(), context.ContainingSymbol,
                properties,
                char.ToUpperInvariant(what[0]) + what.Substring(1)));
            return;
        }

        if (SecretFormats.IsFcmServerKey(value) && !testCode.Contains(context.Operation.Syntax.SyntaxTree))
        {
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.SecretLiteral, context.Operation.Syntax.GetLocation(), context.ContainingSymbol, ImmutableDictionary<string, string?>.Empty, "A Firebase Cloud Messaging server key"));
            return;
        }

        bool hasPassword = SecretFormats.HasConnectionStringPassword(value);
        if ((hasPassword || SecretFormats.HasConnectionStringAccountKey(value)) && !testCode.Contains(context.Operation.Syntax.SyntaxTree))
        {
            // ConnectionStrings:Payments in configuration is ConnectionStrings__Payments in the environment.
            string name = SecretFormats.ConnectionStringName(value);
            ImmutableDictionary<string, string?> properties = IsPlainStringLiteral(context.Operation.Syntax)
                ? FixProperties("ConnectionStrings:" + name, "ConnectionStrings__" + name)
                : ImmutableDictionary<string, string?>.Empty;
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.SecretLiteral, context.Operation.Syntax.GetLocation(), context.ContainingSymbol, properties, hasPassword ? "A connection-string password" : "A connection-string account key"));
            return;
        }

        // "Basic eG5kX3Byb2R1Y3Rpb25f...": an Authorization header value pasted already encoded (API tools' exported request
        // snippets) hides the user:password pair from every other test; decoded, a key by its format in either part or a
        // password after the colon is the credential it sends.
        if (value.Length >= 18 && SecretFormats.DecodedBasicCredentials(value) is string pair && !testCode.Contains(context.Operation.Syntax.SyntaxTree))
        {
            SecretFormat pairFormat = SecretFormats.FindKnownKey(pair, out _, out _);
            string password = pair.Substring(pair.IndexOf(':') + 1);
            if (pairFormat != SecretFormat.None || IsCredential("password", password))
            {
                string what = pairFormat != SecretFormat.None ? SecretFormats.Describe(pairFormat) : "a Basic authentication password";
                context.ReportDiagnostic(FinGuardDiagnostic.Create(
                    SecretFormats.IsTestKey(pairFormat) ? Descriptors.StripeTestKeyLiteral : Descriptors.SecretLiteral,
                    context.Operation.Syntax.GetLocation(), context.ContainingSymbol, ImmutableDictionary<string, string?>.Empty,
                    char.ToUpperInvariant(what[0]) + what.Substring(1) + " encoded in a Basic authorization header"));
                return;
            }
        }

        // A private key is one by its format (PEM block, RSA XML with the private exponent), wherever it is declared or
        // returned from ('case KeyNames.Signing: return "<RSAKeyValue>…<D>…</D>…";').
        if (SecretFormats.HasPrivateKey(value) && !testCode.Contains(context.Operation.Syntax.SyntaxTree))
        {
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.SecretLiteral, context.Operation.Syntax.GetLocation(), context.ContainingSymbol, ImmutableDictionary<string, string?>.Empty, "A private key"));
            return;
        }

        // const string transactionKey = "346HZ…"; static string API_SECRET = "…"; Settings.ClientSecret = "…": a
        // random-looking literal stored under a secret name (API, transaction, signing keys, client secrets, passwords);
        // also a value named by its pair ({ Key = "Password", Value = "…" }, Add("ApiKey", "…")), by the parameter it is
        // passed to (consumerSecret: "…", new NetworkCredential(user, "…")) or by a login call (smtp.Authenticate(user, "…")).
        // ClientSecret = " tdeDZVNAFYP9OvV3xWm77C2X ", "wuis lrvr lhnl kzyz ": blanks typed around a value are not part of it.
        if (CredentialHolderName(context.Operation, slots, value.Trim()) is string holder && !testCode.Contains(context.Operation.Syntax.SyntaxTree)
            && !IsInApiDocumentationExample(context.Operation.Syntax) && !IsTestKitPasswordBesideTestHost(holder, value.Trim(), context.Operation.Syntax))
        {
            context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.SecretLiteral, context.Operation.Syntax.GetLocation(), context.ContainingSymbol, ImmutableDictionary<string, string?>.Empty, "The value of '" + holder + "'"));
        }
    }

    // new SymmetricSecurityKey("df8f3c60…"u8.ToArray()): a UTF-8 literal (C# 11) is the key's text as Encoding.UTF8.GetBytes("…")
    // is, judged the same way (16 characters or more, not a stand-in). The compiler gives it no literal operation, so its
    // syntax is read: the literal, then .ToArray(), then the key's constructor or a local that reaches it.
    private static void AnalyzeUtf8Literal(SyntaxNodeAnalysisContext context, TestCode testCode)
    {
        var literal = (LiteralExpressionSyntax)context.Node;
        string value = literal.Token.ValueText;
        if (value.Length < 16 || literal.Parent is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToArray" } toArray || toArray.Expression != literal
            || toArray.Parent is not InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } bytes || !IsSymmetricSecurityKeyBytes(bytes)
            || SecretFormats.IsPlaceholder(value, placeholderWords: false) || SecretFormats.IsSigningKeyStandIn(value) || testCode.Contains(literal.SyntaxTree))
        {
            return;
        }

        context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.SecretLiteral, literal.GetLocation(), context.ContainingSymbol, ImmutableDictionary<string, string?>.Empty, "The value of 'SymmetricSecurityKey'"));
    }

    // '//const string endpointSecret = "whsec_…";': a key in a comment is committed as much as one in a literal. The file's
    // text is searched for the known key prefixes (ordinal; no token walk), and only a match inside a comment is read, by
    // the same format test as a literal; literals are the operation action's.
    private static void AnalyzeComments(SyntaxTreeAnalysisContext context, TestCode testCode)
    {
        SyntaxTree tree = context.Tree;
        string text = TreeText.Of(tree, context.CancellationToken);
        SyntaxNode? root = null;
        bool? isTestCode = null;
        IReadOnlyList<string> prefixes = SecretFormats.KeyPrefixes;
        for (int p = 0; p < prefixes.Count; p++)
        {
            string prefix = prefixes[p];
            for (int at = text.IndexOf(prefix, StringComparison.Ordinal); at >= 0; at = text.IndexOf(prefix, at + prefix.Length, StringComparison.Ordinal))
            {
                SecretFormat format = SecretFormats.FindKnownKeyAt(text, at, out int length);
                if (format == SecretFormat.None)
                {
                    continue;
                }

                root ??= tree.GetRoot(context.CancellationToken);
                SyntaxTrivia trivia = root.FindTrivia(at);
                if (!(trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia)) || !trivia.Span.Contains(new TextSpan(at, length)))
                {
                    continue;
                }

                bool isTest = SecretFormats.IsTestKey(format);
                if ((isTest || format == SecretFormat.StripeWebhookSecret) && (isTestCode ??= testCode.Contains(tree)))
                {
                    continue; // as for literals: test fixtures may carry test keys
                }

                string what = SecretFormats.Describe(format);
                context.ReportDiagnostic(FinGuardDiagnostic.Create(
                    isTest ? Descriptors.StripeTestKeyLiteral : Descriptors.SecretLiteral,
                    Location.Create(tree, new TextSpan(at, length)), symbol: null,
                    ImmutableDictionary<string, string?>.Empty,
                    char.ToUpperInvariant(what[0]) + what.Substring(1) + " in a comment"));
            }
        }

        AnalyzeCommentedOutCode(context, text, isTestCode ?? testCode.Contains(tree));
    }

    // '//ApiKey = "0ef2baa6…",', '//headers.Credentials.Password = "KAM8…";', '//optionsBuilder.UseSqlServer("Server=…;Password=…")':
    // a commented-out line of code that gave a credential is committed as much as the live line (real-code sets 6, 11
    // and 13 label them). Only whole-line '//' comments are read, one text pass per file: a name assigned a literal
    // ('=' or a named argument's ':') is judged as the live assignment is (IsCredential), and a literal passed as an
    // argument or assigned is judged as a connection string. Prose ('// Connection String: "…password=…"', a generated
    // file's header) and test code are not read.
    private static void AnalyzeCommentedOutCode(SyntaxTreeAnalysisContext context, string text, bool isTestCode)
    {
        if (isTestCode)
        {
            return;
        }

        SyntaxNode? root = null;
        // The search resumes at the end of each line read; a last line without a line break ends it.
        for (int slash = text.IndexOf("//", StringComparison.Ordinal); slash >= 0; slash = slash + 2 <= text.Length ? text.IndexOf("//", slash + 2, StringComparison.Ordinal) : -1)
        {
            int lineStart = slash;
            while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t')
            {
                lineStart--;
            }

            int lineEnd = text.IndexOf('\n', slash);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            if ((lineStart > 0 && text[lineStart - 1] != '\n' && text[lineStart - 1] != '\r') || text.IndexOf('"', slash, lineEnd - slash) < 0)
            {
                slash = lineEnd - 1;
                continue;
            }

            int quote = CommentedCredentialLiteral(text, slash, lineEnd, out int length, out string what);
            if (quote >= 0)
            {
                root ??= context.Tree.GetRoot(context.CancellationToken);
                if (root.FindTrivia(slash).IsKind(SyntaxKind.SingleLineCommentTrivia))
                {
                    context.ReportDiagnostic(FinGuardDiagnostic.Create(
                        Descriptors.SecretLiteral, Location.Create(context.Tree, new TextSpan(quote, length)), symbol: null,
                        ImmutableDictionary<string, string?>.Empty, what + " in a commented-out line"));
                }
            }

            slash = lineEnd - 1;
        }
    }

    // The start of the first literal of a commented-out line that is a credential by the name it is assigned to, or a
    // connection string with a password passed or assigned, or -1.
    private static int CommentedCredentialLiteral(string text, int start, int end, out int length, out string what)
    {
        length = 0;
        what = string.Empty;
        for (int quote = text.IndexOf('"', start, end - start); quote >= 0 && quote < end; )
        {
            int close = text.IndexOf('"', quote + 1, end - quote - 1);
            if (close < 0)
            {
                return -1;
            }

            string value = text.Substring(quote + 1, close - quote - 1);
            int before = quote - 1;
            while (before > start && text[before] is ' ' or '\t')
            {
                before--;
            }

            char op = text[before];
            bool assigned = op == '=' && text[before - 1] is not ('=' or '!' or '<' or '>');
            // Keys by their format are the prefix search's (above), so nothing is reported twice.
            if (text[quote - 1] is not ('@' or '$') && SecretFormats.FindKnownKey(value, out _, out _) == SecretFormat.None)
            {
                if (assigned || op == ':')
                {
                    string? name = NameBefore(text, before - 1, start);
                    if (name != null && IsCredential(name, value))
                    {
                        what = "The value of '" + name + "'";
                        length = close - quote + 1;
                        return quote;
                    }
                }

                if ((assigned || op is '(' or ',') && SecretFormats.HasConnectionStringPassword(value))
                {
                    what = "A connection string with a password";
                    length = close - quote + 1;
                    return quote;
                }
            }

            quote = text.IndexOf('"', close + 1, Math.Max(0, end - close - 1));
        }

        return -1;
    }

    // The identifier that ends just before position (after blanks): 'Password' in 'headers.Credentials.Password =', 'key' in
    // 'public string key ='; null when something else stands there ('"a" + "b"', 'x[0] =').
    private static string? NameBefore(string text, int position, int start)
    {
        while (position > start && text[position] is ' ' or '\t')
        {
            position--;
        }

        int end = position + 1;
        while (position >= start && (char.IsLetterOrDigit(text[position]) || text[position] == '_'))
        {
            position--;
        }

        return end - position - 1 > 0 && !char.IsDigit(text[position + 1]) ? text.Substring(position + 1, end - position - 1) : null;
    }

    // Whether a value is a credential under this name: a random-looking value under a secret or token name, a
    // password-shaped value under a password name, or, when a setting's own name says so (isSettingName: a Key/Value
    // pair, an indexer, a dictionary entry), key material (a GUID, a long hex or random string) under a bare key name.
    // A base64 key ('/' and all) counts under a key or secret name; under a password name it is a stored hash, and so is
    // a value in a password-hash format (bcrypt's $2b$…, an ASP.NET Identity hash AQAAAA…, iterations$salt$hash).
    // A local or parameter named dataKey or key holds many things that are not credentials (wrapped keys, map keys).
    // A 3D store key (storeKey = "TRPS1234") is chosen and typed as a password is, and judged as one; a merchant's or
    // terminal's password (merchantPassword = "123456") as FG4003 judges a committed password, digits included: such an
    // account is the application's own at the bank, never a seeded demo user's. A mail app password's shape ("abcd efgh
    // ijkl mnop") counts under a name ending in Pass (_smtpPass); a signed JWT under a token name or as the value of an
    // Authorization header (headers.Add("Authorization", "Bearer eyJ…")) is a bearer credential.
    private static bool IsCredential(string name, string value, bool isSettingName = false)
        => ((SecretFormats.IsSecretName(name) || SecretFormats.IsStoreKeyName(name)) && (LooksLikeRandomSecret(value, placeholderWords: !SecretFormats.IsEncryptionKeyName(name))
                || ((SecretFormats.IsPasswordName(name) || SecretFormats.IsStoreKeyName(name)) && value.Length >= 8 && (SecretFormats.LooksLikePassword(value) || SecretFormats.LooksLikeAppPassword(value)))
                || (SecretFormats.IsServiceAccountPasswordName(name) && SecretFormats.LooksLikeCommittedPassword(value))
                || (!SecretFormats.IsPasswordName(name) && SecretFormats.LooksLikeBase64Key(value)))
                && !(SecretFormats.IsPasswordName(name) && (SecretFormats.IsPublishedDefaultPassword(value) || SecretFormats.LooksLikePasswordHash(value))))
            || (SecretFormats.IsTokenName(name) && LooksLikeRandomSecret(value))
            || (SecretFormats.IsPassSuffixName(name) && SecretFormats.LooksLikeAppPassword(value))
            || ((SecretFormats.IsTokenName(name) || (isSettingName && SecretFormats.IsAuthorizationHeaderName(name))) && SecretFormats.LooksLikeSignedJwt(value))
            || (isSettingName && SecretFormats.IsKeyMaterialName(name) && SecretFormats.LooksLikeKeyMaterial(value));

    // The first name the literal is held under that makes it a credential, or null.
    private static string? CredentialHolderName(IOperation literal, CredentialSlots slots, string value)
    {
        // MoMo's published test partner keys: every sandbox integrator holds the same values (base64-shaped ones too).
        if (SecretFormats.IsPublishedSandboxCredential(value) || (value.Length >= 40 && IsStoredDigestOfEntity(literal.Syntax, value)))
        {
            return null;
        }

        if (SecretHolderName(literal, slots) is string holder && IsCredential(holder, value) && !IsSeededUserPassword(literal, holder)
            && !(SecretFormats.IsApiKeyName(holder) && IsBesidePairedSecret(literal.Syntax)))
        {
            return holder;
        }

        // private const string PASSWORD = "masterkey"; … connectionString += "Password=" + PASSWORD + "; ": a const password
        // that its own type writes after a connection string's Password= key is the database login, judged as the same
        // password written inside a connection-string literal is (any value but a stand-in or the password word).
        if (ConnectionStringPasswordHolderName(literal, value) is string connectionPassword)
        {
            return connectionPassword;
        }

        // string jwtKey = "…"; new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwtKey)): the text reaches the key through a
        // string local, as it does through a bytes local; read only for a local's literal initializer of 16 characters or more.
        if (value.Length >= 16 && literal.Parent is IVariableInitializerOperation && IsSymmetricSecurityKeyTextLocal(literal.Syntax)
            && !SecretFormats.IsPlaceholder(value, placeholderWords: false) && !SecretFormats.IsSigningKeyStandIn(value))
        {
            return "SymmetricSecurityKey";
        }

        if ((value.IndexOf(':') > 0 || literal.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add }) && BasicAuthCredentialName(literal) is string basic)
        {
            return basic;
        }

        SyntaxNode syntax = literal.Syntax;
        SyntaxNode? parent = syntax.Parent;
        while (parent is ParenthesizedExpressionSyntax)
        {
            syntax = parent;
            parent = parent.Parent;
        }

        switch (parent)
        {
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression or (int)SyntaxKind.NotEqualsExpression } comparison:
                // if (user.UserName == "admin" && user.Password == "s3cretLogin"): a login checked against credentials written in code.
                return IsHardCodedLoginCheck(comparison, syntax, value) ? "password" : null;
            case ArgumentSyntax argument:
                return ArgumentHolderName(literal, argument, slots, value);
            case InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ComplexElementInitializerExpression, Expressions: { Count: 2 } pair } when pair[1] == syntax:
                // new Dictionary<string, string> { { "ApiKey", "…" } }
                return PairName(pair[0], value);
            case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment when assignment.Right == syntax:
                return AssignmentHolderName(assignment, value);
            case MemberAccessExpressionSyntax when IsIdentityServerSecretText(syntax):
                // new Secret("678ebc03-….".Sha256()): a client secret by where it goes, judged as one ("secret" is a stand-in).
                return IsCredential("clientSecret", value) ? "ClientSecret" : null;
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } coalesce when coalesce.Right == syntax:
                // Environment.GetEnvironmentVariable("PAYPAL_CLIENT_SECRET") ?? "…", config["Stripe:SecretKey"] ?? "…", apiKey ?? "…"
                return FallbackHolderName(coalesce.Left, value);
            case ReturnStatementSyntax or ArrowExpressionClauseSyntax:
                // public static string ExchangeSecretKey { get { … if (string.IsNullOrEmpty(key)) return "f5AF…"; … } }: a
                // property getter's returned literal (a fallback for an unset setting) is held under the property's name.
                return GetterHolderName(syntax, value);
            case ConditionalExpressionSyntax conditional when conditional.WhenFalse == syntax:
                // GetEnvironmentVariable("X") != null ? GetEnvironmentVariable("X") : "…"
                return FallbackHolderName(conditional.WhenTrue, value);
            case ConditionalExpressionSyntax conditional when conditional.WhenTrue == syntax:
                // string.IsNullOrEmpty(secret) ? "…" : secret
                return FallbackHolderName(conditional.WhenFalse, value);
            default:
                return null;
        }
    }

    // Whether the type declaring the const concatenates it right after a literal that ends with a connection string's
    // password key ("Password=" + PASSWORD, "…;pwd=" + DbPassword).
    private static bool IsWrittenAfterConnectionStringPasswordKey(SyntaxNode literal, string name)
    {
        if (literal.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } type)
        {
            return false;
        }

        foreach (SyntaxToken use in TreeText.TokensNamed(type, name))
        {
            if (use.Parent is IdentifierNameSyntax identifier && FollowsPasswordKey(identifier))
            {
                return true;
            }
        }

        return false;
    }

    // The expression is concatenated right after a literal that ends with a connection string's password key ("Password=" +
    // x), also as a branch of a conditional in parentheses (";Pwd=" + (string.IsNullOrEmpty(password) ? "pospwd" : password)).
    private static bool FollowsPasswordKey(ExpressionSyntax expression)
    {
        SyntaxNode node = expression;
        while (node.Parent is ParenthesizedExpressionSyntax || node.Parent is ConditionalExpressionSyntax conditional && conditional.Condition != node)
        {
            node = node.Parent;
        }

        if (node.Parent is not BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } concatenation || concatenation.Right != node)
        {
            return false;
        }

        ExpressionSyntax before = concatenation.Left is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } left ? left.Right : concatenation.Left;
        return before is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } key && EndsWithPasswordKey(key.Token.ValueText);
    }

    // private const string PASSWORD = "masterkey"; static string _password = "123"; if (string.IsNullOrEmpty(password))
    // password = "pospwd"; … "Password=" + _password (held-out sets 22 and 24): a literal held under a password name that
    // its own type writes after a connection string's Password= key is the database login, judged as the same password
    // written inside a connection-string literal is (any value but a stand-in or the password word, three characters or
    // more). So is a literal fallback written there itself (";Pwd=" + (… ? "pospwd" : password)).
    private static string? ConnectionStringPasswordHolderName(IOperation literal, string value)
    {
        if (value.Length < 3 || SecretFormats.IsPlaceholder(value) || value.IndexOf("pass", StringComparison.OrdinalIgnoreCase) >= 0 || value.IndexOf(' ') >= 0)
        {
            return null;
        }

        string? name = literal.Parent switch
        {
            IFieldInitializerOperation { InitializedFields: { Length: 1 } fields } => fields[0].Name,
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol.Name,
            ISimpleAssignmentOperation assignment when assignment.Value == literal => assignment.Target switch
            {
                ILocalReferenceOperation local => local.Local.Name,
                IParameterReferenceOperation parameter => parameter.Parameter.Name,
                IFieldReferenceOperation field => field.Field.Name,
                IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property.Name,
                _ => null,
            },
            _ => null,
        };
        if (name != null)
        {
            return SecretFormats.IsPasswordName(name) && IsWrittenAfterConnectionStringPasswordKey(literal.Syntax, name) ? name : null;
        }

        return literal.Syntax.Parent is ConditionalExpressionSyntax && literal.Syntax is ExpressionSyntax expression && FollowsPasswordKey(expression) ? "Pwd" : null;
    }

    // A literal shorter than six characters: a login's password compared in code, or a database password (above).
    private static string? ShortCredentialHolderName(IOperation literal, string value)
    {
        if (ConnectionStringPasswordHolderName(literal, value) is string connectionPassword)
        {
            return connectionPassword;
        }

        SyntaxNode syntax = literal.Syntax;
        while (syntax.Parent is ParenthesizedExpressionSyntax)
        {
            syntax = syntax.Parent;
        }

        return syntax.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression or (int)SyntaxKind.NotEqualsExpression } comparison
               && IsHardCodedLoginCheck(comparison, syntax, value) ? "password" : null;
    }

    // Settings { Mode = "Test", BaseUrl = "https://sanalposprovtest.garanti.com.tr/VPServlet", Password = "123qweASD/" } and
    // MerchantPassword = "123456" in a method that posts to https://3dsecuretest.vakifbank.com.tr (held-out set 24): a
    // password that reads as typed (not random-looking) beside a test, sandbox or UAT host in the same initializer or
    // method is the processor's published test-kit password, shared by every integrator, not the owner's secret. A
    // generated key beside a sandbox host (iyzico's "sandbox-…" secret) is the owner's and stays reported.
    private static bool IsTestKitPasswordBesideTestHost(string holder, string value, SyntaxNode literal)
    {
        if (!(SecretFormats.IsPasswordName(holder) || SecretFormats.IsStoreKeyName(holder)) || LooksLikeRandomSecret(value))
        {
            return false;
        }

        SyntaxNode? scope = null;
        for (SyntaxNode? node = literal.Parent; node != null && scope == null; node = node.Parent)
        {
            switch (node)
            {
                case InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ObjectInitializerExpression }:
                case BaseMethodDeclarationSyntax:
                case AccessorDeclarationSyntax:
                case LocalFunctionStatementSyntax:
                case AnonymousFunctionExpressionSyntax:
                    scope = node;
                    break;
                case TypeDeclarationSyntax:
                    return false;
            }
        }

        if (scope == null)
        {
            return false;
        }

        foreach (SyntaxToken token in scope.DescendantTokens())
        {
            if (token.IsKind(SyntaxKind.StringLiteralToken) && IsTestHostUrl(token.ValueText))
            {
                return true;
            }
        }

        return false;
    }

    // https://sanalposprovtest.garanti.com.tr, https://3dsecuretest.…, https://sandbox-api.…, https://uat.…: a host label
    // (split on '.' and '-') that starts or ends with test or sandbox, or is uat.
    private static bool IsTestHostUrl(string text)
    {
        int scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 4 || scheme > 5 || !text.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int start = scheme + 3;
        int end = text.IndexOfAny(HostEnd, start);
        string host = (end < 0 ? text.Substring(start) : text.Substring(start, end - start)).ToLowerInvariant();
        foreach (string label in host.Split('.', '-'))
        {
            if (label.StartsWith("test", StringComparison.Ordinal) || label.EndsWith("test", StringComparison.Ordinal)
                || label.StartsWith("sandbox", StringComparison.Ordinal) || label.EndsWith("sandbox", StringComparison.Ordinal) || label == "uat")
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] HostEnd = { '/', ':', '?', '#' };

    private static bool EndsWithPasswordKey(string text)
    {
        text = text.TrimEnd();
        if (!text.EndsWith("=", StringComparison.Ordinal))
        {
            return false;
        }

        text = text.Substring(0, text.Length - 1).TrimEnd();
        return EndsWithWord(text, "password") || EndsWithWord(text, "pwd");
    }

    // The property whose getter returns the literal (held-out set 21), or null in a method, lambda or local function. An
    // API key returned beside a property for its paired secret is the public half (as IsBesidePairedSecret judges it).
    private static string? GetterHolderName(SyntaxNode literal, string value)
    {
        for (SyntaxNode? node = literal.Parent; node != null; node = node.Parent)
        {
            switch (node)
            {
                case PropertyDeclarationSyntax property:
                    string name = property.Identifier.ValueText;
                    if (!IsCredential(name, value))
                    {
                        return null;
                    }

                    if (EndsWithWord(name, "ApiKey") && property.Parent is TypeDeclarationSyntax type)
                    {
                        foreach (MemberDeclarationSyntax member in type.Members)
                        {
                            if (member is PropertyDeclarationSyntax other && other != property
                                && (EndsWithWord(other.Identifier.ValueText, "SecretKey") || EndsWithWord(other.Identifier.ValueText, "Secret"))
                                && SecretFormats.IsSecretName(other.Identifier.ValueText))
                            {
                                return null;
                            }
                        }
                    }

                    return name;
                case AnonymousFunctionExpressionSyntax:
                case LocalFunctionStatementSyntax:
                case BaseMethodDeclarationSyntax:
                case IndexerDeclarationSyntax:
                case TypeDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    private static bool EndsWithWord(string name, string word) => name.EndsWith(word, StringComparison.OrdinalIgnoreCase);

    // new Options { ApiKey = "sandbox-7Tre…", SecretKey = "sandbox-AmUt…" }, or options.ApiKey = "…"; options.SecretKey = "…";
    // in one block: an API key written beside the secret it is paired with (iyzico's, an access key id and its secret) is
    // the public half that names the merchant; the secret signs the requests and is the one reported, as FG4003 does for
    // a settings section. An API key alone, or beside a secret that is not a credential (a placeholder), stays reported.
    private static bool IsBesidePairedSecret(SyntaxNode literal)
    {
        SyntaxNode? node = literal.Parent;
        while (node is ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        if (node is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment)
        {
            return false;
        }

        if (assignment.Parent is InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ObjectInitializerExpression } initializer)
        {
            foreach (ExpressionSyntax entry in initializer.Expressions)
            {
                if (entry != assignment && entry is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name, Right: var right } && IsPairedSecretValue(name.Identifier.ValueText, right))
                {
                    return true;
                }
            }

            return false;
        }

        if (assignment.Left is not MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } || assignment.Parent is not ExpressionStatementSyntax { Parent: BlockSyntax block })
        {
            return false;
        }

        foreach (StatementSyntax statement in block.Statements)
        {
            if (statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax otherReceiver, Name: var otherName }, Right: var otherRight } other }
                && other != assignment && otherReceiver.Identifier.ValueText == receiver.Identifier.ValueText && IsPairedSecretValue(otherName.Identifier.ValueText, otherRight))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPairedSecretValue(string name, ExpressionSyntax value)
        => SecretFormats.IsPairSecretName(name) && value is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal && IsCredential(name, literal.Token.ValueText);

    // Example payloads of the API documentation: a class that derives from the example provider types of Swashbuckle's
    // filters (IExamplesProvider<T>, IMultipleExamplesProvider<T>) or of the Azure Functions OpenAPI extension
    // (OpenApiExample<T>) only shows Swagger UI readers what a request looks like ('Password = "SuperSecret123!"'), and
    // nothing runs with it. By name from syntax: those packages seldom bind before restore. Asked only before a report.
    private static bool IsInApiDocumentationExample(SyntaxNode literal)
    {
        for (SyntaxNode? node = literal.Parent; node != null; node = node.Parent)
        {
            if (node is not TypeDeclarationSyntax type)
            {
                continue;
            }

            if (type.BaseList == null)
            {
                return false;
            }

            foreach (BaseTypeSyntax baseType in type.BaseList.Types)
            {
                string? name = baseType.Type switch
                {
                    GenericNameSyntax generic => generic.Identifier.ValueText,
                    QualifiedNameSyntax { Right: GenericNameSyntax generic } => generic.Identifier.ValueText,
                    _ => null,
                };
                if (name is "IExamplesProvider" or "IMultipleExamplesProvider" or "OpenApiExample")
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    // new User { Password = "A5tzNn90…/BAWIDIVelEKhM6lHvuwh" }: 40+ characters of base64 in an entity's password member,
    // written in an object initializer (seed data), is the salt and digest the application compares hashed logins with,
    // not a password anyone types. Elsewhere (a credential's argument, a field) a generated password may be base64.
    private static bool IsStoredDigestOfEntity(SyntaxNode literal, string value)
    {
        SyntaxNode? node = literal.Parent;
        while (node is ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        return node is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Parent: InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ObjectInitializerExpression } initializer } assignment
            && assignment.Left is IdentifierNameSyntax member && SecretFormats.IsPasswordName(member.Identifier.ValueText)
            && (SecretFormats.LooksLikeStoredDigest(value) || SetsSalt(initializer));
    }

    // new UserData { …, Salt = "…", Password = "…" } (held-out set 21): a password stored beside its salt is the salted hash.
    private static bool SetsSalt(InitializerExpressionSyntax initializer)
    {
        foreach (ExpressionSyntax entry in initializer.Expressions)
        {
            if (entry is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } && name.Identifier.ValueText.EndsWith("Salt", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // if (username == "salahayubi" && password == "Admin@1234"), if (email != "admin@example.com" || password != "123456"):
    // a password-named value compared with a literal in the same condition as a user name, e-mail or login compared with a
    // literal is a login that code accepts, whatever the password reads like. A password compared alone ('password ==
    // "123456"' in a weak-password check) or with another variable ('password == confirmPassword') is not.
    private static bool IsHardCodedLoginCheck(BinaryExpressionSyntax comparison, SyntaxNode literal, string value)
    {
        ExpressionSyntax other = comparison.Left == literal ? comparison.Right : comparison.Left;
        if (ComparedName(other) is not string name || !SecretFormats.IsPasswordName(name) || value.Trim().Length < 4 || SecretFormats.IsPlaceholder(value))
        {
            return false;
        }

        // The whole condition: up through parentheses and && / || to its top.
        SyntaxNode top = comparison;
        while (top.Parent is ParenthesizedExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression or (int)SyntaxKind.LogicalOrExpression })
        {
            top = top.Parent;
        }

        if (top == comparison)
        {
            return IsInLoginMethod(comparison) && IsTypedValue(other);
        }

        foreach (SyntaxNode node in top.DescendantNodes())
        {
            if (node != comparison && node is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression or (int)SyntaxKind.NotEqualsExpression } peer
                && (peer.Left is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } ? ComparedName(peer.Right) : peer.Right is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } ? ComparedName(peer.Left) : null) is string peerName
                && IsLoginName(peerName))
            {
                return true;
            }
        }

        return IsInLoginMethod(comparison) && IsTypedValue(other);
    }

    // "1234567" == password, login.Password == "…", txtPassword.Text == "…": with no user name compared beside it, a
    // password compared in a login method is a master password only when the value compared is what the user typed: a
    // parameter of the method (or a member of one), a local of it, or a form control's text. A field holds a record
    // loaded earlier (Us.PassWord == "99RESET9" after the login succeeded: a reset marker that forces a new password,
    // issue 18, set 21), not the login's input.
    private static bool IsTypedValue(ExpressionSyntax expression)
    {
        string? root = null;
        for (int depth = 0; depth < 8 && root == null; depth++)
        {
            switch (WrappedValues.StripSyntax(expression, throughCasts: false))
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax call, ArgumentList.Arguments.Count: 0 } when IsStringNormalizer(call.Name.Identifier.ValueText):
                    expression = call.Expression;
                    break;
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Text" }:
                    return true;
                case MemberAccessExpressionSyntax access:
                    expression = access.Expression;
                    break;
                case IdentifierNameSyntax identifier:
                    root = identifier.Identifier.ValueText;
                    break;
                default:
                    return false;
            }
        }

        if (root == null || expression.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method)
        {
            return false;
        }

        foreach (ParameterSyntax parameter in method.ParameterList.Parameters)
        {
            if (parameter.Identifier.ValueText == root)
            {
                return true;
            }
        }

        foreach (SyntaxNode node in method.DescendantNodes())
        {
            if ((node is VariableDeclaratorSyntax declarator && declarator.Identifier.ValueText == root)
                || (node is SingleVariableDesignationSyntax designation && designation.Identifier.ValueText == root))
            {
                return true;
            }
        }

        return false;
    }

    // password, user.Password, and (held-out set 24) txtPassword.Text.Trim(), UserName.Text.ToLower(): a form control's
    // text and a trimmed or case-folded value are named by what they are read from.
    private static string? ComparedName(ExpressionSyntax expression)
    {
        for (int depth = 0; depth < 4; depth++)
        {
            switch (expression)
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax call, ArgumentList.Arguments.Count: 0 } when IsStringNormalizer(call.Name.Identifier.ValueText):
                    expression = call.Expression;
                    continue;
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Text" } control when control.Expression is IdentifierNameSyntax or MemberAccessExpressionSyntax:
                    expression = control.Expression;
                    continue;
                case IdentifierNameSyntax identifier:
                    return identifier.Identifier.ValueText;
                case MemberAccessExpressionSyntax access:
                    return access.Name.Identifier.ValueText;
                default:
                    return null;
            }
        }

        return null;
    }

    private static bool IsStringNormalizer(string name)
        => name is "Trim" or "TrimStart" or "TrimEnd" or "ToLower" or "ToUpper" or "ToLowerInvariant" or "ToUpperInvariant" or "ToString";

    // AuthenticateUser, Login, SignInAsync, ValidateLogin (held-out set 24: var isRootLogin = "1234567" == password; in
    // AuthenticateStaff): a password compared with a literal in a method that logs users in is a master password that
    // code accepts for every account, with or without a user name beside it.
    private static bool IsInLoginMethod(SyntaxNode node)
    {
        for (SyntaxNode? current = node.Parent; current != null; current = current.Parent)
        {
            if (current is MethodDeclarationSyntax method)
            {
                List<string> words = IdentifierWords.Split(method.Identifier.ValueText);
                for (int i = 0; i < words.Count; i++)
                {
                    if (words[i] is "login" or "logon" or "authenticate" or "authentication"
                        || (words[i] is "log" or "sign") && i + 1 < words.Count && words[i + 1] is "in" or "on")
                    {
                        return true;
                    }
                }

                return false;
            }

            if (current is TypeDeclarationSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
            {
                return false;
            }
        }

        return false;
    }

    private static readonly string[] LoginNameSuffixes = { "user", "username", "userid", "login", "loginid", "loginname", "email", "emailaddress", "mail", "account", "accountname" };

    // A name that holds who logs in: userName, UserId, login, email, account.
    private static bool IsLoginName(string name)
    {
        string lower = name.Replace("_", string.Empty).ToLowerInvariant();
        foreach (string suffix in LoginNameSuffixes)
        {
            if (lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Encoding.ASCII.GetBytes("GF-4e2c…:XyJn6NQYrm") turned into base64 for an Authorization: Basic header, also through a
    // local or built as "user" + ":" + "password": the part after the colon is a password written in code. Reported at the
    // literal that holds the password (the whole pair, or the last literal of the concatenation), judged as a password.
    private static string? BasicAuthCredentialName(IOperation literal)
    {
        IOperation top = literal;
        while (top.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add && add.ConstantValue.Value is string)
        {
            top = add;
        }

        if (top != literal && (top is not IBinaryOperation topAdd || WrappedValues.StripImplicit(topAdd.RightOperand) != literal))
        {
            return null;
        }

        if (top.ConstantValue.Value is not string pair)
        {
            return null;
        }

        int colon = pair.IndexOf(':');
        if (colon <= 0 || colon != pair.LastIndexOf(':') || colon == pair.Length - 1)
        {
            return null;
        }

        foreach (char c in pair)
        {
            if (char.IsWhiteSpace(c) || c == '/' || c == '\\' || c == '{' || c == '}')
            {
                return null;
            }
        }

        string password = pair.Substring(colon + 1);
        return IsCredential("password", password) && FlowsIntoBase64(top.Syntax, 0) ? "password" : null;
    }

    // Whether an expression's text reaches Convert.ToBase64String: as its argument, through Encoding.X.GetBytes(...), or
    // through a local of the same member that holds it.
    private static bool FlowsIntoBase64(SyntaxNode expression, int depth)
    {
        SyntaxNode? node = expression.Parent;
        while (node is ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        if (node is ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: InvocationExpressionSyntax invocation } })
        {
            string? method = invocation.Expression switch
            {
                MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                _ => null,
            };
            return method == "ToBase64String" || (method == "GetBytes" && FlowsIntoBase64(invocation, depth));
        }

        if (depth > 1 || node is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } || declarator.Parent?.Parent is not LocalDeclarationStatementSyntax
            || declarator.FirstAncestorOrSelf<MemberDeclarationSyntax>() is not { } member)
        {
            return false;
        }

        foreach (SyntaxToken use in TreeText.TokensNamed(member, declarator.Identifier.ValueText))
        {
            if (use.Parent is IdentifierNameSyntax identifierUse && FlowsIntoBase64(identifierUse, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    // The literal is the fallback of a value read elsewhere: the read names it. A read of configuration or the environment
    // by a setting name (GetEnvironmentVariable("X"), GetValue<string>("X"), config["X"], GetSection("X").Value), or the
    // variable or member that holds the value (clientSecret ?? "…", _options.ApiKey ?? "…").
    private static string? FallbackHolderName(ExpressionSyntax read, string value)
    {
        read = WrappedValues.StripSyntax(read, throughCasts: false);

        if (read is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Value", Expression: InvocationExpressionSyntax section })
        {
            read = section;
        }

        switch (read)
        {
            case InvocationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments }:
                return PairName(arguments[0].Expression, value);
            case ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } index }:
                return PairName(index[0].Expression, value);
            case IdentifierNameSyntax identifier:
                return IsCredential(identifier.Identifier.ValueText, value) ? identifier.Identifier.ValueText : null;
            case MemberAccessExpressionSyntax access:
                return IsCredential(access.Name.Identifier.ValueText, value) ? access.Name.Identifier.ValueText : null;
            default:
                return null;
        }
    }

    private static string? ArgumentHolderName(IOperation literal, ArgumentSyntax argument, CredentialSlots slots, string value)
    {
        IOperation? parent = literal.Parent;
        while (parent is IConversionOperation { IsImplicit: true })
        {
            parent = parent.Parent;
        }

        if (parent is IArgumentOperation { Parameter: { } slotParameter } && slots.ForParameter(slotParameter) != null)
        {
            return null; // a known SDK slot is the slot rule's: no second report
        }

        // new SymmetricSecurityKey(Encoding.UTF8.GetBytes("ThisIsMySuperSecretKeyForJwt…")): the key tokens are signed
        // with, however it reads (16 characters or more, not a stand-in), as FG4003 reads a committed "Jwt:Key".
        if (IsSymmetricSecurityKeyText(argument) && value.Length >= 16 && !SecretFormats.IsPlaceholder(value, placeholderWords: false) && !SecretFormats.IsSigningKeyStandIn(value))
        {
            return "SymmetricSecurityKey";
        }

        // consumerSecret: "…", also when the method does not bind.
        // A password named at a call that creates a user or sets its password (userManager.CreateAsync(user, password:
        // "…")) is a seeded demo account's, as the same literal passed by position is.
        if (argument.NameColon is { } nameColon)
        {
            string name = nameColon.Name.Identifier.ValueText;
            if (SecretFormats.IsPasswordName(name) && argument.Parent?.Parent is InvocationExpressionSyntax passwordCall && IsUserPasswordMethod(passwordCall.Expression)
                && !(parent is IArgumentOperation { Parameter: { } named } && IsCredentialApi(named.ContainingSymbol)))
            {
                return null;
            }

            return IsCredential(name, value) ? name : null;
        }

        if (argument.Parent is not BaseArgumentListSyntax list)
        {
            return null;
        }

        SeparatedSyntaxList<ArgumentSyntax> arguments = list.Arguments;

        // new ConfigValue("MerchantKey", "…"), headers.Add("X-Api-Key", "…"), settings.Set("Password", "…"): a name and its value.
        if (arguments.Count == 2 && arguments[1] == argument && PairName(arguments[0].Expression, value) is string pairName)
        {
            return pairName;
        }

        // The parameter the value is passed to: new NetworkCredential("user", "…") (password). A password that derives
        // an encryption key (new Rfc2898DeriveBytes("…", salt)) is a hard-coded key, FG3005's; a password passed to a
        // method that is not a credential or login API is a seeded demo user's (userManager.CreateAsync(admin, "…")).
        if (parent is IArgumentOperation { Parameter: { } parameter })
        {
            return !IsCryptographyApi(parameter.ContainingSymbol) && parameter.Type.SpecialType == SpecialType.System_String && IsCredential(parameter.Name, value)
                && (!SecretFormats.IsPasswordName(parameter.Name) || IsCredentialApi(parameter.ContainingSymbol)) ? parameter.Name : null;
        }

        // smtp.Authenticate("user", "…") or client.Login(user, "…") on a client whose type does not bind: the second of
        // two arguments of a login call is the password.
        if (parent is IInvalidOperation && arguments.Count == 2 && arguments[1] == argument && list.Parent is InvocationExpressionSyntax invocation
            && IsLoginMethod(invocation.Expression) && IsCredential("password", value))
        {
            return "password";
        }

        // new OAuthTokenCredential("<client id>", "<client secret>", config) or new NetworkCredential("user", "…") whose type
        // does not bind: the second argument of a credential type's constructor is its secret.
        if (parent is IInvalidOperation && arguments.Count >= 2 && arguments[1] == argument && argument.NameColon == null
            && list.Parent is ObjectCreationExpressionSyntax creation && IsCredentialTypeName(creation.Type) && IsCredential("password", value))
        {
            return "secret";
        }

        // new ApiKeyClientAuthorization("…") or new BearerCredentials("…") whose type does not bind: the one argument of an
        // authorization or credential type's constructor is its key or token, when it looks generated.
        if (parent is IInvalidOperation && arguments.Count == 1 && argument.NameColon == null
            && list.Parent is ObjectCreationExpressionSyntax authorization && IsAuthorizationTypeName(authorization.Type) && IsCredential("secret", value))
        {
            return "secret";
        }

        return null;
    }

    // The one argument of a call that turns text into key bytes (Encoding.X.GetBytes("…"), Convert.FromBase64String("…"),
    // Convert.FromHexString("…")) whose bytes are the one argument of new SymmetricSecurityKey(...): directly, or
    // through a local of the same member ('var key = Encoding.ASCII.GetBytes("…"); … new SymmetricSecurityKey(key)').
    private static bool IsSymmetricSecurityKeyText(ArgumentSyntax argument)
    {
        if (argument.Parent is not ArgumentListSyntax { Arguments.Count: 1 } list
            || list.Parent is not InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetBytes" or "FromBase64String" or "FromHexString" } } toBytes)
        {
            return false;
        }

        return IsSymmetricSecurityKeyBytes(toBytes);
    }

    // Whether bytes made from a key's text are the one argument of new SymmetricSecurityKey(...): directly, or through a
    // local of the same member.
    private static bool IsSymmetricSecurityKeyBytes(ExpressionSyntax bytes)
    {
        SyntaxNode? node = bytes.Parent;
        while (node is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax)
        {
            node = node.Parent;
        }

        if (node is ArgumentSyntax keyArgument)
        {
            return IsSymmetricSecurityKeyArgument(keyArgument);
        }

        // A local's initializer: the key is the local wherever the member passes it alone to new SymmetricSecurityKey(...).
        if (node is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } || declarator.Parent?.Parent is not LocalDeclarationStatementSyntax
            || declarator.FirstAncestorOrSelf<MemberDeclarationSyntax>() is not { } member)
        {
            return false;
        }

        foreach (SyntaxToken use in TreeText.TokensNamed(member, declarator.Identifier.ValueText))
        {
            if (use.Parent is IdentifierNameSyntax { Parent: ArgumentSyntax useArgument } && IsSymmetricSecurityKeyArgument(useArgument))
            {
                return true;
            }
        }

        return false;
    }

    // A string local whose text some use in the same member (top-level statements: the file's statements) passes alone to
    // Encoding.X.GetBytes(...) or Convert.FromXString(...) on its way to new SymmetricSecurityKey(...).
    private static bool IsSymmetricSecurityKeyTextLocal(SyntaxNode literal)
    {
        if (literal.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } || declarator.Parent?.Parent is not LocalDeclarationStatementSyntax
            || declarator.FirstAncestorOrSelf<MemberDeclarationSyntax>() is not { } member)
        {
            return false;
        }

        SyntaxNode scope = member is GlobalStatementSyntax && member.Parent is CompilationUnitSyntax unit ? unit : member;
        foreach (SyntaxToken use in TreeText.TokensNamed(scope, declarator.Identifier.ValueText))
        {
            if (use.Parent is IdentifierNameSyntax { Parent: ArgumentSyntax useArgument } && IsSymmetricSecurityKeyText(useArgument))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSymmetricSecurityKeyArgument(ArgumentSyntax argument)
        => argument is { Parent: ArgumentListSyntax { Arguments.Count: 1, Parent: BaseObjectCreationExpressionSyntax creation } }
            && creation is ObjectCreationExpressionSyntax { Type: var type } && TypeName(type) == "SymmetricSecurityKey";

    // The type's own name, without namespace: Microsoft.IdentityModel.Tokens.SymmetricSecurityKey -> SymmetricSecurityKey.
    private static string? TypeName(TypeSyntax type) => type switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => null,
    };

    // new Secret("…".Sha256()) in an IdentityServer (IdentityServer4, Duende) client's or API's secrets: the text is the
    // client secret, hashed only when the server starts; the literal is the receiver of Sha256()/Sha512(), bound or not.
    private static bool IsIdentityServerSecretText(SyntaxNode literal)
    {
        if (literal.Parent is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Sha256" or "Sha512" } access || access.Expression != literal
            || access.Parent is not InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0 } hash
            || hash.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Arguments.Count: >= 1 } arguments } argument || arguments.Arguments[0] != argument
            || arguments.Parent is not ObjectCreationExpressionSyntax creation)
        {
            return false;
        }

        return TypeName(creation.Type) is "Secret" or "ClientSecret";
    }

    private static bool IsAuthorizationTypeName(TypeSyntax type)
    {
        string? name = TypeName(type);
        return name != null && (IsCredentialTypeName(type) || name.EndsWith("Authorization", StringComparison.Ordinal) || name.EndsWith("Authenticator", StringComparison.Ordinal)
            || name.EndsWith("Authentication", StringComparison.Ordinal));
    }

    private static bool IsCredentialTypeName(TypeSyntax type)
    {
        string? name = TypeName(type);
        return name != null && (name.EndsWith("Credential", StringComparison.Ordinal) || name.EndsWith("Credentials", StringComparison.Ordinal));
    }

    // new NetworkCredential(user, password), new SmtpCredentials(...), client.Login(user, password), and the password of a
    // PKCS#12 key file (new X509Certificate2(path, password), X509Certificate2Collection.Import).
    private static bool IsCredentialApi(ISymbol? member)
        => member is IMethodSymbol method
            && (IsX509Api(method.ContainingType) || (method.MethodKind == MethodKind.Constructor && (method.ContainingType.Name.EndsWith("Credential", StringComparison.Ordinal) || method.ContainingType.Name.EndsWith("Credentials", StringComparison.Ordinal)))
                || method.Name is "Authenticate" or "AuthenticateAsync" or "Login" or "LoginAsync" or "LogIn" or "LogOn" or "SignIn" or "SignInAsync" or "Connect" or "ConnectAsync");

    private static bool IsX509Api(INamedTypeSymbol? type)
        => type?.ContainingNamespace is { Name: "X509Certificates", ContainingNamespace: { Name: "Cryptography", ContainingNamespace: { Name: "Security", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };

    private static bool IsCryptographyApi(ISymbol? member)
    {
        INamespaceSymbol? ns = member?.ContainingType?.ContainingNamespace;
        return ns is { Name: "Cryptography", ContainingNamespace: { Name: "Security", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };
    }

    private static bool IsLoginMethod(ExpressionSyntax expression)
    {
        string? name = expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            _ => null,
        };
        return name is "Authenticate" or "AuthenticateAsync" or "Login" or "LoginAsync" or "LogIn" or "LogOn" or "SignIn" or "SignInAsync";
    }

    // x["ApiKey"] = "…", or new Setting { Key = "PrivateKey", Value = "…" }: the value named by its index or by the
    // sibling Key/Name entry of the same initializer.
    private static string? AssignmentHolderName(AssignmentExpressionSyntax assignment, string value)
    {
        if (assignment.Left is ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } index })
        {
            return PairName(index[0].Expression, value);
        }

        // new Dictionary<string, string> { ["client_secret"] = "…" }: an index initializer names its value as an indexer does.
        if (assignment.Left is ImplicitElementAccessSyntax { ArgumentList.Arguments: { Count: 1 } implicitIndex })
        {
            return PairName(implicitIndex[0].Expression, value);
        }

        if (assignment.Left is not IdentifierNameSyntax { Identifier.ValueText: "Value" or "value" } || assignment.Parent is not InitializerExpressionSyntax initializer
            || !initializer.IsKind(SyntaxKind.ObjectInitializerExpression))
        {
            return null;
        }

        foreach (ExpressionSyntax entry in initializer.Expressions)
        {
            if (entry is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "Key" or "key" or "Name" or "name" or "KeyName" }, Right: var nameValue })
            {
                return PairName(nameValue, value);
            }
        }

        return null;
    }

    private static string? PairName(ExpressionSyntax name, string value)
    {
        name = WrappedValues.StripSyntax(name, throughCasts: false);

        // AdditionalProviderParameters.Add("ClientSecrets", "<GUID>"): a parameter named for a client's secrets (IdentityServer's
        // Client.ClientSecrets) carries one, judged as a ClientSecret; a plural of any other name stays unread.
        return name is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal
            && literal.Token.ValueText is { Length: > 0 and <= 64 } text
            && (IsCredential(text, value, isSettingName: true) || (text.Length > 7 && EndsWithWord(text, "Secrets") && IsCredential(text.Substring(0, text.Length - 1), value, isSettingName: true)))
            ? text : null;
    }

    // The name the literal is declared under or assigned to: a local, a non-const field, a property initializer, or the
    // member an assignment or object-initializer entry writes ('PrivateKey = "c747…"'), also when the SDK type does not
    // bind (before restore, or a copied class).
    private static string? SecretHolderName(IOperation literal, CredentialSlots slots)
    {
        IOperation? parent = literal.Parent;
        while (parent is IConversionOperation { IsImplicit: true })
        {
            parent = parent.Parent;
        }

        switch (parent)
        {
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                // A local const password is treated as a const field's is (below): a seeded account's or a passphrase,
                // reported only where it reaches a credential slot ('const string passwordAdmin = "…"' in a data seeder).
                // A local password that only seeds an application user is left to IsSeededUserPassword, once the value
                // is known to be a credential.
                return declarator.Symbol.IsConst && SecretFormats.IsPasswordName(declarator.Symbol.Name) ? null : declarator.Symbol.Name;
            case IFieldInitializerOperation { InitializedFields: { Length: 1 } fields }:
                // A const is reported here when its own key, secret or token name makes it a credential ('private const
                // string TOKEN = "…"'), and where it reaches an SDK credential slot otherwise (the slot rule skips the first
                // kind: no second report). A const password is often a key-derivation passphrase (FG3005's, at its use)
                // or a seeded account's: it is reported only in a slot.
                if (!IsDeclaredHere(fields[0]))
                {
                    return null;
                }

                // WxPayConfig { APPID, MCHID, KEY, APPSECRET }: a bare Key declared beside a merchant id is that merchant's
                // API key (WeChat Pay's and Alipay's sample configurations name it so), judged as a MerchantKey; so is a
                // numbered one beside an app id (ZaloPay's samples: appid, key1 signs the orders, key2 checks callbacks).
                return IsBareKeyName(fields[0].Name) && DeclaresMerchantId(fields[0].ContainingType) ? "MerchantKey" : fields[0].Name;
            case IPropertyInitializerOperation { InitializedProperties: { Length: 1 } properties }:
                return properties[0].Name;
            case IParameterInitializerOperation { Parameter: var parameter }:
                // Send(string to, string password = "Finalodevi2022"): a default value is used by every call that omits it.
                return parameter.Name;
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } when slots.ForProperty(property.Property) != null:
                // A known SDK credential slot (gateway.PrivateKey = "...") is the slot rule's: no second report.
                return null;
            default:
                return AssignedMemberName(literal.Syntax);
        }
    }

    // Key, KEY, key1, Key2: a key by no other name than its copy's number.
    private static bool IsBareKeyName(string name)
    {
        if (name.Length < 3 || string.Compare(name, 0, "key", 0, 3, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        for (int i = 3; i < name.Length; i++)
        {
            if (name[i] < '0' || name[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool DeclaresMerchantId(INamedTypeSymbol? type)
    {
        if (type == null)
        {
            return false;
        }

        foreach (string name in type.MemberNames)
        {
            if (name.Equals("Mchid", StringComparison.OrdinalIgnoreCase) || name.Equals("MCH_ID", StringComparison.OrdinalIgnoreCase)
                || name.Equals("MerchantId", StringComparison.OrdinalIgnoreCase) || name.Equals("MERCHANT_ID", StringComparison.OrdinalIgnoreCase)
                || name.Equals("PartnerId", StringComparison.OrdinalIgnoreCase) || name.Equals("Partner", StringComparison.OrdinalIgnoreCase)
                || name.Equals("AppId", StringComparison.OrdinalIgnoreCase) || name.Equals("APP_ID", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // 'x.Secret = "…"' or 'new Client { Secret = "…" }': the written member's name, from syntax, so that an assignment
    // into a type that does not bind is named too.
    private static string? AssignedMemberName(SyntaxNode literal)
    {
        SyntaxNode? node = literal.Parent;
        while (node is ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        // new { client_id = "…", client_secret = "…" }: an anonymous object's member (a token request's form or JSON body)
        // is named like a field. A bare token in a request body (action_token, confirmation_token) is a one-time value an
        // earlier call returned, not a credential; access and auth tokens are secret names and still count.
        if (node is AnonymousObjectMemberDeclaratorSyntax { NameEquals: { } nameEquals })
        {
            string member = nameEquals.Name.Identifier.ValueText;
            return SecretFormats.IsTokenName(member) && !SecretFormats.IsSecretName(member) ? null : member;
        }

        if (node is not AssignmentExpressionSyntax assignment || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression)
            || !assignment.Right.Span.Contains(literal.Span))
        {
            return null;
        }

        string? name = assignment.Left switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };

        // new PaymentNotification { Status = "CONFIRMED", Token = "b906d2…" }: the bare token of a message a processor sends
        // (a notification, callback or webhook) is its signature over the other fields, written to test the check that
        // verifies it, not the application's credential. Access and API tokens are secret names and still count.
        if (name != null && assignment.Parent is InitializerExpressionSyntax { Parent: ObjectCreationExpressionSyntax creation }
            && SecretFormats.IsTokenName(name) && !SecretFormats.IsSecretName(name) && TypeName(creation.Type) is string typeName && IsProcessorMessageTypeName(typeName))
        {
            return null;
        }

        return name;
    }

    private static bool IsProcessorMessageTypeName(string typeName)
    {
        List<string> words = IdentifierWords.Split(typeName);
        string last = words.Count == 0 ? string.Empty : words[words.Count - 1].ToLowerInvariant();
        return last is "notification" or "callback" or "webhook" or "ipn" or "postback"
            || (last is "request" or "model" or "dto" or "payload" && words.Count >= 2 && words[words.Count - 2].ToLowerInvariant() is "notification" or "callback" or "webhook" or "ipn");
    }

    // Random-looking: 12 to 200 characters, no spaces or path/URL/config-key punctuation, letters and digits mixed,
    // and not a placeholder. "X-Api-Key", "Stripe:SecretKey", "{{secret}}", "change-me-please" stay silent.
    // placeholderWords false (a key the code encrypts or signs with): "YourSecureEncryptionKey123!" is the key in use.
    // Otherwise a counted value ("f1a2b3c4d5e6f7g8h9i0j1k2", a made-up processor token on a seed row) is not random.
    private static bool LooksLikeRandomSecret(string value, bool placeholderWords = true)
    {
        if (value.Length < 12 || value.Length > 200 || SecretFormats.IsPlaceholder(value, placeholderWords) || SecretFormats.IsPublishableKey(value)
            || (placeholderWords && SecretFormats.IsCountedPattern(value)))
        {
            return false;
        }

        // Braces and angle brackets mark a template or markup only in pairs ("{0}", "<key>"): a generator's key of printable
        // characters may hold one alone (",.PjqV#.|X>kgp{?Jsyg…", set 20).
        bool letter = false;
        bool digit = false;
        bool open = false;
        bool close = false;
        bool openAngle = false;
        bool closeAngle = false;
        foreach (char c in value)
        {
            if (char.IsWhiteSpace(c) || c == ':' || c == '/' || c == '\\' || c > '~')
            {
                return false;
            }

            open |= c == '{';
            close |= c == '}';
            openAngle |= c == '<';
            closeAngle |= c == '>';
            letter |= char.IsLetter(c);
            digit |= char.IsDigit(c);
        }

        if ((open && close) || (openAngle && closeAngle))
        {
            return false;
        }

        // A generated key may hold no digit: 24+ random letters of one case (an app password's 16 letters count only under
        // a password name, IsCredential: words of 16 letters are common).
        return (letter && digit) || SecretFormats.LooksLikeRandomLetters(value);
    }

    private static void AnalyzeAssignment(OperationAnalysisContext context, CredentialSlots slots, TestCode testCode)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Value.ConstantValue.Value is string && assignment.Target is IPropertyReferenceOperation property && slots.ForProperty(property.Property) is CredentialSlot slot)
        {
            ReportSlotLiteral(context, assignment.Value, slot, testCode);
        }
    }

    private static void AnalyzeArgument(OperationAnalysisContext context, CredentialSlots slots, TestCode testCode)
    {
        var argument = (IArgumentOperation)context.Operation;
        if (argument.ArgumentKind == ArgumentKind.Explicit && argument.Value.ConstantValue.Value is string
            && argument.Parameter is IParameterSymbol parameter && slots.ForParameter(parameter) is CredentialSlot slot)
        {
            ReportSlotLiteral(context, argument.Value, slot, testCode);
        }
    }

    private static void ReportSlotLiteral(OperationAnalysisContext context, IOperation value, CredentialSlot slot, TestCode testCode)
    {
        // Implicit and identity conversions and parentheses: (string)"..." and ("...") are still the literal.
        value = WrappedValues.StripImplicit(value)!;

        // A literal, or a constant declared elsewhere ('const string BraintreeKey = "..."; gateway.PrivateKey = BraintreeKey;').
        bool isConstantReference = value is IFieldReferenceOperation { Field.IsConst: true } or ILocalReferenceOperation { Local.IsConst: true };
        if ((value is not ILiteralOperation && !isConstantReference) || value.ConstantValue.Value is not string text)
        {
            return;
        }

        IOperation literal = value;

        // 'const string ApiSecret = "…"; new StripeClient(ApiSecret)': reported at the declaration, whose name makes it one.
        if (isConstantReference && IsReportedAtDeclaration(value, text))
        {
            return;
        }

        // Known formats and connection strings are reported by the literal itself (once); placeholders and
        // publishable keys are not secrets.
        if (SecretFormats.IsPlaceholder(text) || SecretFormats.IsPublishableKey(text) || SecretFormats.IsPublishedSandboxCredential(text)
            || SecretFormats.FindKnownKey(text, out _, out _) != SecretFormat.None || SecretFormats.HasPrivateKey(text)
            || SecretFormats.HasConnectionStringPassword(text) || SecretFormats.HasConnectionStringAccountKey(text) || SecretFormats.IsFcmServerKey(text))
        {
            return;
        }

        // SDK test suites configure their gateways with sandbox placeholders ("integration_private_key") in every fixture.
        if (testCode.Contains(literal.Syntax.SyntaxTree))
        {
            return;
        }

        ImmutableDictionary<string, string?> properties = isConstantReference || IsPlainStringLiteral(literal.Syntax) ? FixProperties(slot.ConfigKey, slot.EnvVar) : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(FinGuardDiagnostic.Create(Descriptors.SecretLiteral, literal.Syntax.GetLocation(), context.ContainingSymbol, properties, "The value of " + slot.DisplayName));
    }

    // A password-named local that only creates or hashes an application user's password ('string password =
    // "Admin@123"; await userManager.CreateAsync(admin, password)') is a seeded account's, as the literal passed directly
    // is. Asked only once the literal is a credential, so the scope's search runs for few locals.
    private static bool IsSeededUserPassword(IOperation literal, string holder)
    {
        IOperation? parent = literal.Parent;
        while (parent is IConversionOperation { IsImplicit: true })
        {
            parent = parent.Parent;
        }

        if (!SecretFormats.IsPasswordName(holder))
        {
            return false;
        }

        // new RegisterUserInternalCommand { FullName = "System Admin", Password = "Q1w2…", Email = "…" } sent to the
        // application's own handler (DevArchitecture's seeding middleware), new CreateUserRequest { … }: the password of a
        // command or request that registers a user creates that account, as userManager.CreateAsync(user, "…") does. From
        // syntax: such commands seldom bind before restore.
        if (literal.Syntax.Parent is AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ObjectInitializerExpression, Parent: ObjectCreationExpressionSyntax creation } }
            && TypeName(creation.Type) is string commandType && SecretFormats.IsUserRegistrationTypeName(commandType))
        {
            return true;
        }

        if (parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
        {
            return OnlySetsUserPasswords(holder, declarator.Syntax);
        }

        // new UserSeed { Email = "…", Password = "Test123@" } (also in a list of them), new { Email = "…", Password = "…" }:
        // the password member of a seed record (a type named as seed data) is a seeded demo account's, read by the seeder
        // for userManager.CreateAsync(user, seed.Password); an anonymous object's member is, when every read of it in the
        // member that builds it creates a user or sets its password. An entity's own Password (new User { … }) stays reported.
        if (parent is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: IPropertySymbol property } } assignment
            && assignment.Parent is IObjectOrCollectionInitializerOperation or IAnonymousObjectCreationOperation)
        {
            if (property.ContainingType.IsAnonymousType)
            {
                return EnclosingMember(literal.Syntax) is SyntaxNode member && OnlyReadForUserPasswords(property.Name, member);
            }

            return SecretFormats.IsSeedDataTypeName(property.ContainingType.Name);
        }

        return false;
    }

    private static SyntaxNode? EnclosingMember(SyntaxNode node)
    {
        for (SyntaxNode? current = node.Parent; current != null; current = current.Parent)
        {
            if (current is MemberDeclarationSyntax or CompilationUnitSyntax)
            {
                return current;
            }
        }

        return null;
    }

    // Whether every read of an anonymous object's member in the member that builds it ('u.Password') is an argument of a
    // call that creates a user or sets or hashes its password; the member's own declarations ('Password = "…"') and
    // writes to another object's member of that name ('new AppUser { Password = … }') are not reads.
    private static bool OnlyReadForUserPasswords(string name, SyntaxNode scope)
    {
        bool used = false;
        foreach (SyntaxToken token in TreeText.TokensNamed(scope, name))
        {
            if (token.Parent is not IdentifierNameSyntax identifier
                || identifier.Parent is NameEqualsSyntax
                || (identifier.Parent is AssignmentExpressionSyntax assigned && assigned.Left == identifier && assigned.Parent is InitializerExpressionSyntax))
            {
                continue;
            }

            if (identifier.Parent is not MemberAccessExpressionSyntax access || access.Name != identifier
                || access.Parent is not ArgumentSyntax argument || argument.Parent?.Parent is not InvocationExpressionSyntax invocation
                || !IsUserPasswordMethod(invocation.Expression))
            {
                return false;
            }

            used = true;
        }

        return used;
    }

    // Whether every use of a local in its scope is an argument of a call that creates a user or sets or hashes a user's
    // password (userManager.CreateAsync(user, password), AddPasswordAsync, passwordHasher.HashPassword(user, password),
    // a seeder's own HashSeedPassword(password)).
    private static bool OnlySetsUserPasswords(string name, SyntaxNode declarator)
    {
        SyntaxNode? scope = declarator.Parent?.Parent?.Parent;
        if (scope is GlobalStatementSyntax)
        {
            scope = scope.Parent;
        }

        if (scope == null)
        {
            return false;
        }

        bool used = false;
        foreach (SyntaxToken token in TreeText.TokensNamed(scope, name))
        {
            // The declarator's own name token is not a use.
            if (token.Parent is not IdentifierNameSyntax identifier)
            {
                continue;
            }

            if (identifier.Parent is not ArgumentSyntax argument || argument.Parent?.Parent is not InvocationExpressionSyntax invocation
                || !IsUserPasswordMethod(invocation.Expression))
            {
                return false;
            }

            used = true;
        }

        return used;
    }

    private static bool IsUserPasswordMethod(ExpressionSyntax expression)
    {
        string? name = expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            _ => null,
        };
        return name != null && (name is "Create" or "CreateAsync" or "CreateUser" or "CreateUserAsync" or "AddPassword" or "AddPasswordAsync" or "ResetPassword" or "ResetPasswordAsync"
            || name.IndexOf("Hash", StringComparison.Ordinal) >= 0);
    }

    private static bool IsDeclaredHere(IFieldSymbol field) => !field.IsConst || !SecretFormats.IsPasswordName(field.Name);

    private static bool IsReportedAtDeclaration(IOperation constant, string text)
    {
        ISymbol? symbol = constant switch
        {
            IFieldReferenceOperation field when IsDeclaredHere(field.Field) => field.Field,
            ILocalReferenceOperation local when !local.Local.IsConst || !SecretFormats.IsPasswordName(local.Local.Name) => local.Local,
            _ => null,
        };
        // Only a constant declared as one literal ('const string X = "…"') is reported there; 'A + "…"' is reported at the use.
        return symbol != null && symbol.DeclaringSyntaxReferences.Length == 1
            && symbol.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax }
            && IsCredential(symbol.Name, text);
    }

    private static bool IsPlainStringLiteral(SyntaxNode syntax) => syntax.IsKind(SyntaxKind.StringLiteralExpression);

    private static ImmutableDictionary<string, string?> FixProperties(string configKey, string envVar)
        => ImmutableDictionary<string, string?>.Empty.Add(ConfigKeyProperty, configKey).Add(EnvVarProperty, envVar);
}
