using FinGuard.CodeFixes.Shared;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Formatting;

namespace FinGuard.CodeFixes.CardData;

/// <summary>
/// FG1005 "use ICardTokenizer": replaces Stripe server-side tokenization
/// (<c>await tokens.CreateAsync(new TokenCreateOptions { Card = new TokenCardOptions { Number = pan, ExpMonth = m, ExpYear = y } })</c>,
/// or <c>PaymentMethodService.CreateAsync</c> with <c>PaymentMethodCardOptions</c>) by
/// <c>await tokenizer.TokenizeAsync(pan, m, y, ct)</c>, so the one place that still sees the PAN is the tokenizer
/// implementation, behind an interface the team can swap for client-side tokens. Everything that could change what
/// the code does beyond that is refused: other option fields, request options, results used other than by their
/// id (which maps to <c>CardToken.Value</c>), classes whose constructors have callers or subclasses.
/// </summary>
internal sealed class TokenizerEdit
{
    private const string HelperTypeName = "ICardTokenizer";

    private readonly InvocationExpressionSyntax _invocation;
    private readonly ExpressionSyntax _pan, _month, _year;
    private readonly ExpressionSyntax? _cancellationToken;
    private readonly LocalDeclarationStatementSyntax? _optionsDeclaration;
    private readonly LocalDeclarationStatementSyntax? _resultDeclaration;
    private readonly List<SimpleNameSyntax> _idAccesses;
    private readonly ClassDeclarationSyntax _class;
    private readonly string _memberName;
    private readonly bool _addMember;
    private readonly string? _configuredType;

    private TokenizerEdit(
        InvocationExpressionSyntax invocation, ExpressionSyntax pan, ExpressionSyntax month, ExpressionSyntax year, ExpressionSyntax? cancellationToken,
        LocalDeclarationStatementSyntax? optionsDeclaration, LocalDeclarationStatementSyntax? resultDeclaration, List<SimpleNameSyntax> idAccesses,
        ClassDeclarationSyntax @class, string memberName, bool addMember, string? configuredType, string typeDisplay, string serviceDisplay)
    {
        _invocation = invocation;
        _pan = pan;
        _month = month;
        _year = year;
        _cancellationToken = cancellationToken;
        _optionsDeclaration = optionsDeclaration;
        _resultDeclaration = resultDeclaration;
        _idAccesses = idAccesses;
        _class = @class;
        _memberName = memberName;
        _addMember = addMember;
        _configuredType = configuredType;
        TypeDisplay = typeDisplay;
        ServiceDisplay = serviceDisplay;
    }

    public string TypeDisplay { get; }

    public string ServiceDisplay { get; }

    public static async Task<TokenizerEdit?> FindAsync(Document document, SemanticModel model, AssignmentExpressionSyntax assignment, CancellationToken cancellationToken)
    {
        // Number = pan inside new TokenCardOptions { ... } / new PaymentMethodCardOptions { ... }.
        if (assignment is not { Left: IdentifierNameSyntax { Identifier.ValueText: "Number" }, Parent: InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax card } cardInitializer }
            || !IsStripe(model.GetTypeInfo(card, cancellationToken).Type, "TokenCardOptions", "PaymentMethodCardOptions"))
        {
            return null;
        }

        ExpressionSyntax? pan = null, month = null, year = null;
        foreach (ExpressionSyntax entry in cardInitializer.Expressions)
        {
            switch (entry)
            {
                case AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "Number" } } a: pan = a.Right; break;
                case AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "ExpMonth" } } a: month = a.Right; break;
                case AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "ExpYear" } } a: year = a.Right; break;
                case AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "Cvc" } }: break; // The tokenizer takes no CVC: it is dropped.
                default: return null;
            }
        }

        if (pan == null || month == null || year == null || model.GetTypeInfo(pan, cancellationToken).Type?.SpecialType != SpecialType.System_String)
        {
            return null;
        }

        month = AsInt(model, month, cancellationToken);
        year = AsInt(model, year, cancellationToken);
        if (month == null || year == null)
        {
            return null;
        }

        // Card = <card> in new TokenCreateOptions { ... } / new PaymentMethodCreateOptions { Type = "card", ... }.
        if (card.Parent is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "Card" }, Parent: InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax options } optionsInitializer }
            || !IsStripe(model.GetTypeInfo(options, cancellationToken).Type, "TokenCreateOptions", "PaymentMethodCreateOptions"))
        {
            return null;
        }

        foreach (ExpressionSyntax entry in optionsInitializer.Expressions)
        {
            if (entry is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "Card" or "Type" } })
            {
                return null;
            }
        }

        // The options go straight into the call, or through a local used only there.
        LocalDeclarationStatementSyntax? optionsDeclaration = null;
        SyntaxNode optionsUse = options;
        if (options.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
            && declarator.Parent is VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax { Parent: BlockSyntax } declaration })
        {
            List<IdentifierNameSyntax>? uses = References(model, declaration.Parent!, declarator, cancellationToken);
            if (uses == null || uses.Count != 1)
            {
                return null;
            }

            optionsDeclaration = declaration;
            optionsUse = uses[0];
        }

        if (optionsUse.Parent is not ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }
            || model.GetOperation(invocation, cancellationToken) is not IInvocationOperation call
            || call.TargetMethod.Name != "CreateAsync" || !IsStripe(call.TargetMethod.ContainingType, "TokenService", "PaymentMethodService")
            || invocation.Parent is not AwaitExpressionSyntax awaited)
        {
            return null;
        }

        ExpressionSyntax? cancellation = null;
        foreach (IArgumentOperation argument in call.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.Explicit)
            {
                continue;
            }

            switch (argument.Parameter?.Name)
            {
                case "options" when argument.Syntax is ArgumentSyntax { Expression: var value } && value == optionsUse:
                    break;
                case "cancellationToken" when argument.Syntax is ArgumentSyntax a:
                    cancellation = a.Expression;
                    break;
                case "requestOptions" when argument.Value.ConstantValue is { HasValue: true, Value: null }:
                    break;
                default:
                    // Request options (an idempotency key, an account) have no place on the tokenizer call.
                    return null;
            }
        }

        // The result: unused, "(await ...).Id", or a local used only as "token.Id".
        LocalDeclarationStatementSyntax? resultDeclaration = null;
        var idAccesses = new List<SimpleNameSyntax>();
        switch (awaited.Parent)
        {
            case ExpressionStatementSyntax:
                break;
            case ParenthesizedExpressionSyntax { Parent: MemberAccessExpressionSyntax { Name: { Identifier.ValueText: "Id" } idName } }:
                idAccesses.Add(idName);
                break;
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax result }
                when result.Parent is VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax { Parent: BlockSyntax } resultStatement }:
                List<IdentifierNameSyntax>? uses = References(model, resultStatement.Parent!, result, cancellationToken);
                if (uses == null)
                {
                    return null;
                }

                foreach (IdentifierNameSyntax use in uses)
                {
                    if (use.Parent is not MemberAccessExpressionSyntax { Name: { Identifier.ValueText: "Id" } name } access || access.Expression != use)
                    {
                        return null;
                    }

                    idAccesses.Add(name);
                }

                resultDeclaration = resultStatement;
                break;
            default:
                return null;
        }

        return await WithTokenizerAsync(document, model, invocation, pan, month, year, cancellation, optionsDeclaration, resultDeclaration, idAccesses, call.TargetMethod.ContainingType.Name, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<TokenizerEdit?> WithTokenizerAsync(
        Document document, SemanticModel model, InvocationExpressionSyntax invocation, ExpressionSyntax pan, ExpressionSyntax month, ExpressionSyntax year, ExpressionSyntax? cancellation,
        LocalDeclarationStatementSyntax? optionsDeclaration, LocalDeclarationStatementSyntax? resultDeclaration, List<SimpleNameSyntax> idAccesses, string service, CancellationToken cancellationToken)
    {
        // An instance method of a plain class declared once: the tokenizer comes from a field or the constructor.
        if (invocation.FirstAncestorOrSelf<MemberDeclarationSyntax>() is not MethodDeclarationSyntax method || method.Modifiers.Any(SyntaxKind.StaticKeyword)
            || method.Parent is not ClassDeclarationSyntax @class || @class.ParameterList != null || @class.Modifiers.Any(SyntaxKind.StaticKeyword)
            || invocation.Ancestors().Any(a => a is LocalFunctionStatementSyntax { Modifiers: var m } && m.Any(SyntaxKind.StaticKeyword)
                                               || a is AnonymousFunctionExpressionSyntax { Modifiers: var lm } && lm.Any(SyntaxKind.StaticKeyword))
            || model.GetDeclaredSymbol(@class, cancellationToken) is not INamedTypeSymbol type || type.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        string? configured = ConfiguredTokenizer(document, model, @class.SpanStart, out INamedTypeSymbol? configuredSymbol);
        foreach (ISymbol member in type.GetMembers())
        {
            ITypeSymbol? memberType = member switch
            {
                IFieldSymbol { IsStatic: false, IsImplicitlyDeclared: false } f => f.Type,
                IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null } p => p.Type,
                _ => null,
            };
            // An unresolved ICardTokenizer is the generated one in a host that has not run the generator yet.
            if (memberType is INamedTypeSymbol named
                && (IsHelperTokenizer(named) || (named.TypeKind == TypeKind.Error && named.Name == HelperTypeName)
                    || (configuredSymbol != null && SymbolEqualityComparer.Default.Equals(named, configuredSymbol))))
            {
                return new TokenizerEdit(invocation, pan, month, year, cancellation, optionsDeclaration, resultDeclaration, idAccesses, @class, member.Name, addMember: false, null, named.Name, service + ".CreateAsync");
            }
        }

        // Adding a constructor parameter must not break a caller: no "new C(...)", no subclass, no chained constructor.
        List<ConstructorDeclarationSyntax> constructors = @class.Members.OfType<ConstructorDeclarationSyntax>().Where(c => !c.Modifiers.Any(SyntaxKind.StaticKeyword)).ToList();
        if (constructors.Any(c => c.Body == null || c.Initializer is { ThisOrBaseKeyword.RawKind: (int)SyntaxKind.ThisKeyword }
                || c.ParameterList.Parameters.Any(p => p.Default != null || p.Modifiers.Any(SyntaxKind.ParamsKeyword)))
            || type.IsAbstract)
        {
            return null;
        }

        Solution solution = document.Project.Solution;
        foreach (IMethodSymbol constructor in type.InstanceConstructors)
        {
            foreach (ReferencedSymbol referenced in await SymbolFinder.FindReferencesAsync(constructor, solution, cancellationToken).ConfigureAwait(false))
            {
                if (referenced.Locations.Any())
                {
                    return null;
                }
            }
        }

        if ((await SymbolFinder.FindDerivedClassesAsync(type, solution, transitive: false, cancellationToken: cancellationToken).ConfigureAwait(false)).Any())
        {
            return null;
        }

        // The generated interface is internal: a constructor visible outside the assembly cannot take it (CS0051).
        // A public class keeps its public constructors (dependency injection needs them), so nothing is offered there
        // unless finguard.tokenizer_type names a public tokenizer.
        bool injectsPublicType = configuredSymbol != null && IsVisibleOutsideAssembly(configuredSymbol);
        if (!injectsPublicType && IsVisibleOutsideAssembly(type)
            && (constructors.Count == 0 || constructors.Any(c => c.Modifiers.Any(SyntaxKind.PublicKeyword) || c.Modifiers.Any(SyntaxKind.ProtectedKeyword) && !c.Modifiers.Any(SyntaxKind.PrivateKeyword))))
        {
            return null;
        }

        string name = "_cardTokenizer";
        for (int i = 2; type.GetMembers(name).Length > 0 || type.MemberNames.Contains(name); i++)
        {
            name = "_cardTokenizer" + i;
        }

        return new TokenizerEdit(invocation, pan, month, year, cancellation, optionsDeclaration, resultDeclaration, idAccesses, @class, name, addMember: true, configured, configured ?? HelperTypeName, service + ".CreateAsync");
    }

    public async Task<Document> ApplyAsync(Document document, CancellationToken cancellationToken)
    {
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model == null)
        {
            return document;
        }

        bool simple = _configuredType == null && SecurityHelperNames.CanUseSimpleName(model, _class.SpanStart, HelperTypeName, cancellationToken);
        DocumentEditor editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);

        // The receiver: the member, or "this.member" where a local or parameter of that name hides it.
        ExpressionSyntax receiver = SyntaxFactory.IdentifierName(_memberName);
        if (model.LookupSymbols(_invocation.SpanStart, name: _memberName).Any(s => s is ILocalSymbol or IParameterSymbol))
        {
            receiver = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.ThisExpression(), SyntaxFactory.IdentifierName(_memberName));
        }

        var arguments = new List<ArgumentSyntax>
        {
            SyntaxFactory.Argument(_pan.WithoutTrivia()),
            SyntaxFactory.Argument(_month.WithoutTrivia()),
            SyntaxFactory.Argument(_year.WithoutTrivia()),
        };
        if (_cancellationToken != null)
        {
            arguments.Add(SyntaxFactory.Argument(_cancellationToken.WithoutTrivia()));
        }

        InvocationExpressionSyntax call = SyntaxFactory.InvocationExpression(
            SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName("TokenizeAsync")),
            SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments, arguments.Skip(1).Select(_ => SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space)))));
        editor.ReplaceNode(_invocation, call.WithTriviaFrom(_invocation));
        if (_optionsDeclaration != null)
        {
            editor.RemoveNode(_optionsDeclaration, SyntaxRemoveOptions.KeepUnbalancedDirectives);
        }

        foreach (SimpleNameSyntax id in _idAccesses)
        {
            // CardToken.Value is the processor's token or payment-method id, as Token.Id/PaymentMethod.Id were.
            editor.ReplaceNode(id, SyntaxFactory.IdentifierName("Value").WithTriviaFrom(id));
        }

        if (_resultDeclaration != null && !_resultDeclaration.Declaration.Type.IsVar)
        {
            editor.ReplaceNode(_resultDeclaration.Declaration.Type, SyntaxFactory.IdentifierName("var").WithTriviaFrom(_resultDeclaration.Declaration.Type));
        }

        if (_addMember)
        {
            AddMember(editor, simple);
        }

        SyntaxNode root = editor.GetChangedRoot();
        if (simple && _addMember)
        {
            root = SecurityHelperNames.AddImport(root, position: -1);
        }

        return document.WithSyntaxRoot(root);
    }

    private void AddMember(DocumentEditor editor, bool simple)
    {
        TypeSyntax type = _configuredType != null ? SyntaxFactory.ParseTypeName(_configuredType) : SecurityHelperNames.TypeName(HelperTypeName, simple);
        string parameter = _memberName.TrimStart('_');
        FieldDeclarationSyntax field = SyntaxFactory.FieldDeclaration(
                SyntaxFactory.VariableDeclaration(type, SyntaxFactory.SingletonSeparatedList(SyntaxFactory.VariableDeclarator(_memberName))))
            .WithModifiers(SyntaxFactory.TokenList(SyntaxFactory.Token(SyntaxKind.PrivateKeyword), SyntaxFactory.Token(SyntaxKind.ReadOnlyKeyword)))
            .WithAdditionalAnnotations(Formatter.Annotation);
        StatementSyntax store = SyntaxFactory.ParseStatement($"{_memberName} = {parameter};").WithAdditionalAnnotations(Formatter.Annotation);

        int fieldIndex = 0;
        for (int i = 0; i < _class.Members.Count; i++)
        {
            if (_class.Members[i] is FieldDeclarationSyntax)
            {
                fieldIndex = i + 1;
            }
        }

        var constructors = _class.Members.OfType<ConstructorDeclarationSyntax>().Where(c => !c.Modifiers.Any(SyntaxKind.StaticKeyword)).ToList();
        var members = new List<SyntaxNode> { field };
        if (constructors.Count == 0)
        {
            members.Add(SyntaxFactory.ConstructorDeclaration(_class.Identifier.WithoutTrivia())
                .WithModifiers(SyntaxFactory.TokenList(SyntaxFactory.Token(SyntaxKind.PublicKeyword)))
                .WithParameterList(SyntaxFactory.ParameterList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Parameter(SyntaxFactory.Identifier(parameter)).WithType(type))))
                .WithBody(SyntaxFactory.Block(store))
                .WithAdditionalAnnotations(Formatter.Annotation));
        }

        foreach (ConstructorDeclarationSyntax constructor in constructors)
        {
            editor.ReplaceNode(constructor, (current, _) =>
            {
                var ctor = (ConstructorDeclarationSyntax)current;
                string name = parameter;
                for (int i = 2; ctor.ParameterList.Parameters.Any(p => p.Identifier.ValueText == name); i++)
                {
                    name = parameter + i;
                }

                ParameterSyntax added = SyntaxFactory.Parameter(SyntaxFactory.Identifier(name)).WithType(type.WithTrailingTrivia(SyntaxFactory.Space));
                StatementSyntax assign = SyntaxFactory.ParseStatement($"{_memberName} = {name};").WithAdditionalAnnotations(Formatter.Annotation);
                return ctor.AddParameterListParameters(added).WithBody(ctor.Body!.AddStatements(assign));
            });
        }

        if (fieldIndex == 0)
        {
            editor.InsertMembers(_class, 0, members);
        }
        else
        {
            editor.InsertAfter(_class.Members[fieldIndex - 1], members);
        }
    }

    // Month and year as int: int stays, other integers are cast, strings parsed (a constant "12" becomes 12), "m.ToString()" of an int is m.
    private static ExpressionSyntax? AsInt(SemanticModel model, ExpressionSyntax value, CancellationToken cancellationToken)
    {
        if (value is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString", Expression: var receiver }, ArgumentList.Arguments.Count: 0 }
            && model.GetTypeInfo(receiver, cancellationToken).Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int16 or SpecialType.System_Byte)
        {
            return receiver;
        }

        Optional<object?> constant = model.GetConstantValue(value, cancellationToken);
        if (constant.HasValue && constant.Value is string text && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int parsed))
        {
            return SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(parsed));
        }

        ITypeSymbol? type = model.GetTypeInfo(value, cancellationToken).Type;
        if (type == null)
        {
            return null;
        }

        ITypeSymbol int32 = model.Compilation.GetSpecialType(SpecialType.System_Int32);
        Conversion conversion = model.Compilation.ClassifyConversion(type, int32);
        if (conversion.IsImplicit)
        {
            return value;
        }

        if (conversion.IsExplicit && conversion.IsNumeric || conversion.IsNullable && type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            ExpressionSyntax operand = value is IdentifierNameSyntax or MemberAccessExpressionSyntax or LiteralExpressionSyntax or InvocationExpressionSyntax ? value.WithoutTrivia() : SyntaxFactory.ParenthesizedExpression(value.WithoutTrivia());
            return SyntaxFactory.CastExpression(SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.IntKeyword)), operand);
        }

        if (type.SpecialType == SpecialType.System_String)
        {
            return SyntaxFactory.ParseExpression($"int.Parse({value.WithoutTrivia().ToFullString()}, System.Globalization.CultureInfo.InvariantCulture)");
        }

        return null;
    }

    /// <summary>Every identifier in <paramref name="scope"/> that refers to the local declared by <paramref name="declarator"/>, or null.</summary>
    private static List<IdentifierNameSyntax>? References(SemanticModel model, SyntaxNode scope, VariableDeclaratorSyntax declarator, CancellationToken cancellationToken)
    {
        if (model.GetDeclaredSymbol(declarator, cancellationToken) is not ILocalSymbol local)
        {
            return null;
        }

        var uses = new List<IdentifierNameSyntax>();
        foreach (SyntaxNode node in scope.DescendantNodes())
        {
            if (node is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == local.Name
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, local))
            {
                uses.Add(identifier);
            }
        }

        return uses;
    }

    private static bool IsVisibleOutsideAssembly(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current != null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsStripe(ITypeSymbol? type, string name1, string name2)
    {
        for (ITypeSymbol? current = type; current != null; current = current.BaseType)
        {
            if ((current.Name == name1 || current.Name == name2) && current.ContainingNamespace is { Name: "Stripe", ContainingNamespace.IsGlobalNamespace: true })
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHelperTokenizer(INamedTypeSymbol type)
        => type.Name == HelperTypeName && type.ContainingNamespace is { Name: "Security", ContainingNamespace: { Name: "FinGuard", ContainingNamespace.IsGlobalNamespace: true } };

    /// <summary>
    /// The first <c>finguard.tokenizer_type</c> entry that names a type here with a <c>TokenizeAsync(string, int, int[, CancellationToken])</c>
    /// returning a task of something with a string <c>Value</c>, as the generated interface has; null (use ICardTokenizer) otherwise.
    /// </summary>
    private static string? ConfiguredTokenizer(Document document, SemanticModel model, int position, out INamedTypeSymbol? symbol)
    {
        symbol = null;
        if (!document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(model.SyntaxTree).TryGetValue("finguard.tokenizer_type", out string? configured)
            || string.IsNullOrWhiteSpace(configured))
        {
            return null;
        }

        foreach (string entry in configured.Split(new[] { ',', ';', ' ' }, System.StringSplitOptions.RemoveEmptyEntries))
        {
            INamedTypeSymbol? type = entry.IndexOf('.') >= 0
                ? model.Compilation.GetTypeByMetadataName(entry)
                : model.LookupNamespacesAndTypes(position, name: entry).OfType<INamedTypeSymbol>().FirstOrDefault();
            if (type != null && HasCompatibleTokenize(type, model.Compilation))
            {
                symbol = type;
                return type.ToMinimalDisplayString(model, position);
            }
        }

        return null;
    }

    private static bool HasCompatibleTokenize(INamedTypeSymbol type, Compilation compilation)
    {
        IEnumerable<ISymbol> members = type.GetMembers("TokenizeAsync").Concat(type.AllInterfaces.SelectMany(i => i.GetMembers("TokenizeAsync")));
        foreach (ISymbol member in members)
        {
            if (member is IMethodSymbol { IsStatic: false, Parameters.Length: 3 or 4 } method
                && method.Parameters[0].Type.SpecialType == SpecialType.System_String
                && method.Parameters[1].Type.SpecialType == SpecialType.System_Int32
                && method.Parameters[2].Type.SpecialType == SpecialType.System_Int32
                && (method.Parameters.Length == 3 || method.Parameters[3].Type.Name == "CancellationToken")
                && method.ReturnType is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task
                && task.TypeArguments[0].GetMembers("Value").OfType<IPropertySymbol>().Any(p => p.Type.SpecialType == SpecialType.System_String))
            {
                return true;
            }
        }

        return false;
    }
}
