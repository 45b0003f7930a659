using FinGuard.Analyzers.CardData.Flow;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>The rule this analyzer reports, created through <see cref="RuleFactory"/> (category, help link, tags).</summary>
public static partial class Descriptors
{
    public static readonly DiagnosticDescriptor CardDataLogged = RuleFactory.Create(
        RuleIds.CardDataLogged,
        title: "Card data is written to a log",
        messageFormat: "'{0}' writes the {1} to a log or message{2}: log the masked value from CardMasking.Mask(...) or the token instead",
        category: RuleFactory.CardDataCategory,
        description: "Logs, console output, Debug/Trace and exception messages are stored and shipped widely: a full PAN there is stored cardholder data (PCI DSS v4.0 3.4.1, 3.5.1, 10.3) and security codes may not be stored at all (3.3.1).");
}

/// <summary>
/// FG1003: a card number or sensitive authentication data written to ILogger (incl. <c>[LoggerMessage]</c>
/// methods and structured arguments), Serilog, Console, Debug/Trace or an exception message, directly or
/// through interpolation, concatenation and string.Format. Masked and tokenized values (any call result such
/// as <c>CardMasking.Mask(pan)</c>) are not card data. PCI DSS v4.0 3.3.1, 3.4.1, 3.5.1.
/// </summary>
public sealed class CardDataLoggedAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: "true" when the value is a string PAN that <c>CardMasking.Mask</c> can wrap.</summary>
    public const string MaskableProperty = "Maskable";

    private static readonly ImmutableDictionary<string, string?> Maskable = ImmutableDictionary<string, string?>.Empty.Add(MaskableProperty, "true");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CardDataLogged);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(static start =>
        {
            var options = new FinGuardOptions(start.Options.AnalyzerConfigOptionsProvider);
            var analysis = new Analysis(options, CardDataShapes.GetOrCreate(start.Compilation, options));
            LogSinks logSinks = LogSinks.Create(start.Compilation);
            logSinks.RegisterValueActions(start, analysis.OnValue);

            // E-mail bodies, error texts and log calls left unbound before restore (MessageTextSinks).
            start.RegisterOperationAction(c => analysis.OnTextSink(c, logSinks), OperationKind.SimpleAssignment, OperationKind.ObjectCreation, OperationKind.Invocation, OperationKind.Invalid);

            // Card data that reaches a log through locals, fields, objects or calls (issue #20).
            CardDataFlow flow = CardDataFlow.GetOrCreate(start.Compilation, start.Options);
            analysis.Sanitized = flow.SanitizedMembers;
            flow.RegisterBlockAction(start, FlowSinkKind.Log, analysis.OnFlow);

            if (!TestProjects.IsTestProject(start.Compilation))
            {
                // One callback per file, and work only in files whose text names the call (rare).
                start.RegisterSemanticModelAction(analysis.OnSensitiveDataLogging);
            }
        });
    }

    private sealed class Analysis
    {
        private readonly FinGuardOptions _options;
        private readonly CardDataShapes _shapes;

        public Analysis(FinGuardOptions options, CardDataShapes shapes)
        {
            _options = options;
            _shapes = shapes;
        }

        public SanitizedMembers? Sanitized { get; set; }

        // A member only ever assigned masked, tokenized or encrypted values is not card data (issue #20).
        private bool IsSanitizedMember(ISymbol? member, System.Threading.CancellationToken cancellationToken)
            => SanitizedMembers.IsSanitizedMember(Sanitized, member, cancellationToken);

        // optionsBuilder.EnableSensitiveDataLogging() in OnConfiguring, or services.AddDbContext<ShopContext>(o =>
        // o.EnableSensitiveDataLogging()): EF Core then logs the parameter values of every command, so the card numbers and
        // security codes the context's entities hold reach the logs on each insert and update. Found by
        // EfSensitiveDataLogging (shared with FG3006); reported when an entity of the context (its DbSet<T> properties)
        // holds card data.
        public void OnSensitiveDataLogging(SemanticModelAnalysisContext context)
        {
            foreach ((InvocationExpressionSyntax invocation, INamedTypeSymbol dbContext) in EfSensitiveDataLogging.Find(context.SemanticModel, context.CancellationToken))
            {
                ReportSensitiveDataLogging(context, invocation, dbContext);
            }
        }

        private void ReportSensitiveDataLogging(SemanticModelAnalysisContext context, InvocationExpressionSyntax invocation, INamedTypeSymbol dbContext)
        {
            foreach (ITypeSymbol entity in EfSensitiveDataLogging.EntityTypes(dbContext))
            {
                CardMember card = _shapes.Find(entity);
                if (card.Member != null && !IsSanitizedMember(card.Member, context.CancellationToken))
                {
                    context.ReportDiagnostic(FinGuardDiagnostic.Create(
                        Descriptors.CardDataLogged,
                        invocation.GetLocation(),
                        context.SemanticModel.GetEnclosingSymbol(invocation.SpanStart, context.CancellationToken),
                        "EnableSensitiveDataLogging",
                        card.Kind.Describe(),
                        " (EF Core logs every command's parameter values, " + card.DisplayName + " included)"));
                    return;
                }
            }
        }

        // The text sinks no log call binds: mail.Body = ..., new MailMessage(from, to, subject, body), SendEmail(to, subject,
        // body), result.Error = ..., and _logger.ErrorAsync(...) whose logger type is missing before restore.
        public void OnTextSink(OperationAnalysisContext context, LogSinks logSinks)
        {
            switch (context.Operation)
            {
                case ISimpleAssignmentOperation assignment when MessageTextSinks.AssignedTextSink(assignment) != null:
                    VisitText(assignment.Value, context, logSinks);
                    break;
                case IObjectCreationOperation creation when MessageTextSinks.MailCreation(creation) != null:
                    VisitMailText(creation.Arguments, context, logSinks);
                    break;
                case IInvocationOperation invocation when MessageTextSinks.MailSend(invocation) != null:
                    VisitMailText(invocation.Arguments, context, logSinks);
                    break;
                case IInvalidOperation invalid when MessageTextSinks.UnboundLogCall(invalid) != null:
                    foreach (IOperation argument in MessageTextSinks.UnboundLogArguments(invalid))
                    {
                        VisitText(argument, context, logSinks);
                    }

                    break;
            }
        }

        // As LogSinks.VisitText, and also into text composed by a call or operator that does not bind before restore
        // (string.Format("{0} {1}", txtName.Text, txtCardnumber.Text.Trim()) on WebForms controls).
        private void VisitText(IOperation text, OperationAnalysisContext context, LogSinks logSinks)
        {
            IOperation unwrapped = WrappedValues.Strip(text);
            if (MessageTextSinks.IsUnboundComposition(unwrapped))
            {
                foreach (IOperation part in unwrapped.ChildOperations)
                {
                    VisitText(part, context, logSinks);
                }

                return;
            }

            logSinks.VisitText(text, context, OnValue);
        }

        private void VisitMailText(ImmutableArray<IArgumentOperation> arguments, OperationAnalysisContext context, LogSinks logSinks)
        {
            foreach (IArgumentOperation argument in arguments)
            {
                if (MessageTextSinks.IsMailTextArgument(argument))
                {
                    VisitText(argument.Value, context, logSinks);
                }
            }
        }

        public void OnValue(IOperation value, string? placeholder, OperationAnalysisContext context)
        {
            if (IsSeedCode(context.ContainingSymbol))
            {
                return;
            }

            Diagnostic? diagnostic = Direct(value, placeholder, context.ContainingSymbol, context.CancellationToken);
            if (diagnostic != null)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }

        // Reported where the card data enters the chain (the argument of Trace(form.CardNumber)), with the path.
        public void OnFlow(OperationBlockAnalysisContext context, FlowEvent flow)
        {
            if (IsSeedCode(context.OwningSymbol))
            {
                return;
            }

            if (flow.AtSink && Direct(flow.Value, flow.Placeholder, context.OwningSymbol, context.CancellationToken) != null)
            {
                // The direct check reports this value at the sink itself.
                return;
            }

            IOperation reported = flow.ReportedOperation;
            bool maskable = flow.Taint.Kind == CardDataKind.Pan && reported.Type?.SpecialType == SpecialType.System_String && CardDataValues.IsRewritableAlone(reported);
            string path = flow.Taint.Path.Length == 0 ? string.Empty : " through " + flow.Taint.Path;
            context.ReportDiagnostic(FinGuardDiagnostic.Create(
                Descriptors.CardDataLogged,
                reported.Syntax.GetLocation(),
                context.OwningSymbol,
                maskable ? Maskable : ImmutableDictionary<string, string?>.Empty,
                flow.Taint.Origin,
                flow.Taint.Kind.Describe(),
                " (it reaches " + flow.Sink + path + ")"));
        }

        // txtCardNumber.Text (also .Trim(), unbound before restore): what was typed into a control named for card data, as
        // FG1004 reads it (issue 18, set 24: the typed number and CCV put into an e-mail to staff).
        private CardDataKind ControlText(IOperation value, ISymbol? containingSymbol, out string name, System.Threading.CancellationToken cancellationToken)
        {
            name = string.Empty;
            ExpressionSyntax? syntax = value.Syntax as ExpressionSyntax;
            while (syntax is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Trim" or "ToString" or "ToUpper" or "ToUpperInvariant" } call })
            {
                syntax = call.Expression;
            }

            if (syntax is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Text" } text || value.SemanticModel is not { } model
                || FormControls.ControlOfText(model, text, cancellationToken) is not { } control)
            {
                return CardDataKind.None;
            }

            CardDataNameOptions names = _options.GetCardDataNames(value.Syntax.SyntaxTree);
            if (CardDataNames.HasSafeForm(control, names))
            {
                return CardDataKind.None;
            }

            // txtCcv beside txtCardnumber: the controls of the page are read as the members of a card type, so that a code
            // named ambiguously (CCV) counts beside the card number's control.
            INamedTypeSymbol? page = containingSymbol?.ContainingType;
            List<string>? siblings = null;
            if (page != null)
            {
                siblings = new List<string>();
                foreach (string member in page.MemberNames)
                {
                    siblings.Add(FormControls.WithoutControlPrefix(member));
                }
            }

            name = control;
            return CardDataNames.Classify(FormControls.WithoutControlPrefix(control), page?.Name, siblings, names);
        }

        // A data seeder's method or type (CardSeeder.SeedCardsAsync, DbSeed, UserSeeding): the cards it prints are the demo
        // cards it generates, not cardholder data (issue 18, set 24 judged a seeder's console output fp).
        private static bool IsSeedCode(ISymbol? symbol)
            => symbol != null && (IsSeedName(symbol.Name) || (symbol.ContainingType is { } type && IsSeedName(type.Name)));

        private static bool IsSeedName(string name)
            => name.IndexOf("Seed", StringComparison.OrdinalIgnoreCase) >= 0 && FinGuard.Analyzers.Secrets.SecretFormats.IsSeedDataTypeName(name);

        // The first member value of an anonymous object that is card data by its own name or by the member's name.
        private CardDataKind RawCardMember(IAnonymousObjectCreationOperation anonymous, out string name)
        {
            foreach (IOperation initializer in anonymous.Initializers)
            {
                if (initializer is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation member } assignment)
                {
                    continue;
                }

                IOperation assigned = CardDataValues.Unwrap(assignment.Value);
                if (assigned is IInvocationOperation || assigned.ConstantValue.HasValue)
                {
                    continue;
                }

                CardDataKind kind = CardDataValues.Classify(assigned, _options, out name);
                if (kind != CardDataKind.None)
                {
                    return kind;
                }

                kind = _shapes.Classify(member.Property, member.Property.Type);
                if (kind != CardDataKind.None)
                {
                    name = member.Property.Name;
                    return kind;
                }
            }

            name = string.Empty;
            return CardDataKind.None;
        }

        private Diagnostic? Direct(IOperation value, string? placeholder, ISymbol? containingSymbol, System.Threading.CancellationToken cancellationToken)
        {
            if (placeholder != null && placeholder.Length > 1 && placeholder[0] == '@')
            {
                // {@Request}: the sink writes every member of the object.
                placeholder = placeholder.Substring(1);
                if (CardDataValues.Unwrap(value) is IAnonymousObjectCreationOperation anonymous)
                {
                    // new { MaskedCard = Mask(request.CardNumber), CVV = "***" }: a hand-built object is judged by what
                    // each member is given; a literal (a mask) or a call result (masking) is not card data.
                    CardDataKind memberKind = RawCardMember(anonymous, out string memberName);
                    return memberKind == CardDataKind.None ? null
                        : FinGuardDiagnostic.Create(Descriptors.CardDataLogged, value.Syntax.GetLocation(), containingSymbol, memberName, memberKind.Describe(), string.Empty);
                }

                if (value is not IInvocationOperation && !value.ConstantValue.HasValue)
                {
                    CardMember member = _shapes.Find(value.Type);
                    if (member.Member != null && !IsSanitizedMember(member.Member, cancellationToken))
                    {
                        return FinGuardDiagnostic.Create(Descriptors.CardDataLogged, value.Syntax.GetLocation(), containingSymbol, member.DisplayName, member.Kind.Describe(), string.Empty);
                    }
                }
            }

            CardDataKind kind = CardDataValues.Classify(value, _options, out string name);
            if (kind != CardDataKind.None && (IsSanitizedMember(SanitizedMembers.ReferencedMember(value), cancellationToken) || SanitizedMembers.IsTruncatedLocal(value)))
            {
                return null;
            }

            if (kind == CardDataKind.None)
            {
                kind = ControlText(value, containingSymbol, out name, cancellationToken);
            }

            if (kind == CardDataKind.None && placeholder != null && placeholder.Length > 0)
            {
                // logger.LogInformation("Card {CardNumber}", x): the template names what x is, unless x's own
                // name says it is a safe form (maskedPan, last4, token).
                string? referenced = CardDataValues.ReferencedName(value);
                CardDataNameOptions names = _options.GetCardDataNames(value.Syntax.SyntaxTree);
                if (referenced != null && !CardDataNames.HasSafeForm(referenced, names))
                {
                    CardDataKind placeholderKind = CardDataNames.Classify(placeholder, null, null, names);
                    if (placeholderKind != CardDataKind.None && CardDataTypes.CanHold(placeholderKind, value.Type))
                    {
                        kind = placeholderKind;
                        name = placeholder;
                    }
                }
            }

            if (kind == CardDataKind.None)
            {
                return null;
            }

            bool maskable = kind == CardDataKind.Pan && value.Type?.SpecialType == SpecialType.System_String && CardDataValues.IsRewritableAlone(value);
            return FinGuardDiagnostic.Create(
                Descriptors.CardDataLogged,
                value.Syntax.GetLocation(),
                containingSymbol,
                maskable ? Maskable : ImmutableDictionary<string, string?>.Empty,
                name,
                kind.Describe(),
                string.Empty);
        }
    }
}
