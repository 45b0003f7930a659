namespace FinGuard.Analyzers.Shared;

/// <summary>What a Stripe.net service call does, for the idempotency rules.</summary>
internal enum StripeCallKind
{
    None,

    /// <summary>Moves money (charges, captures, refunds, transfers, payouts, pays an invoice): FG2001.</summary>
    MovesMoney,

    /// <summary>Creates a billable or customer-facing object (customer, setup intent, invoice, session): FG2002.</summary>
    CreatesObject,
}

/// <summary>Whether a <c>RequestOptions</c> value visibly carries an idempotency key.</summary>
internal enum KeyEvidence
{
    /// <summary>Built somewhere this method cannot see (a parameter, a field, a helper's result): never reported.</summary>
    Unknown,
    Present,
    Missing,
}

/// <summary>
/// Stripe.net 53.x symbols the FG2xxx rules need, resolved once per compilation. Every service method that
/// POSTs takes an optional <c>RequestOptions requestOptions</c>; without an <c>IdempotencyKey</c> there,
/// Stripe.net makes a random key per call (kept across its own network retries only), so an application-level
/// retry of the same payment is a new charge.
/// </summary>
internal sealed class StripeIdempotencySymbols
{
    // Also read by UnresolvedStripeCalls (the same calls recognised by simple names before restore).
    internal static readonly (string Type, StripeCallKind Kind, string[] Methods)[] ServiceTable =
    {
        ("Stripe.PaymentIntentService", StripeCallKind.MovesMoney, new[] { "Create", "Confirm", "Capture", "IncrementAuthorization", "ApplyCustomerBalance" }),
        ("Stripe.ChargeService", StripeCallKind.MovesMoney, new[] { "Create", "Capture" }),
        ("Stripe.RefundService", StripeCallKind.MovesMoney, new[] { "Create" }),
        ("Stripe.TransferService", StripeCallKind.MovesMoney, new[] { "Create" }),
        ("Stripe.TransferReversalService", StripeCallKind.MovesMoney, new[] { "Create" }),
        ("Stripe.PayoutService", StripeCallKind.MovesMoney, new[] { "Create", "Reverse" }),
        ("Stripe.InvoiceService", StripeCallKind.MovesMoney, new[] { "Pay" }),
        ("Stripe.SubscriptionService", StripeCallKind.MovesMoney, new[] { "Create" }),
        ("Stripe.ApplicationFeeRefundService", StripeCallKind.MovesMoney, new[] { "Create" }),
        ("Stripe.TopupService", StripeCallKind.MovesMoney, new[] { "Create" }),
        ("Stripe.CreditNoteService", StripeCallKind.MovesMoney, new[] { "Create" }),
        ("Stripe.CustomerService", StripeCallKind.CreatesObject, new[] { "Create" }),
        ("Stripe.AccountService", StripeCallKind.CreatesObject, new[] { "Create" }),
        ("Stripe.SetupIntentService", StripeCallKind.CreatesObject, new[] { "Create", "Confirm" }),
        ("Stripe.InvoiceService", StripeCallKind.CreatesObject, new[] { "Create" }),
        ("Stripe.InvoiceItemService", StripeCallKind.CreatesObject, new[] { "Create" }),
        ("Stripe.SubscriptionScheduleService", StripeCallKind.CreatesObject, new[] { "Create" }),
        ("Stripe.Checkout.SessionService", StripeCallKind.CreatesObject, new[] { "Create" }),
        ("Stripe.PaymentLinkService", StripeCallKind.CreatesObject, new[] { "Create" }),
        ("Stripe.QuoteService", StripeCallKind.CreatesObject, new[] { "Create" }),
    };

    private readonly Dictionary<INamedTypeSymbol, Dictionary<string, StripeCallKind>> _services;

    private StripeIdempotencySymbols(INamedTypeSymbol requestOptions, Dictionary<INamedTypeSymbol, Dictionary<string, StripeCallKind>> services)
    {
        RequestOptions = requestOptions;
        _services = services;
    }

    public INamedTypeSymbol RequestOptions { get; }

    /// <summary>The symbols, or null when the compilation does not reference Stripe.net.</summary>
    public static StripeIdempotencySymbols? Create(Compilation compilation)
    {
        INamedTypeSymbol? requestOptions = compilation.GetTypeByMetadataName("Stripe.RequestOptions");
        if (requestOptions == null)
        {
            return null;
        }

        var services = new Dictionary<INamedTypeSymbol, Dictionary<string, StripeCallKind>>(SymbolEqualityComparer.Default);
        foreach ((string typeName, StripeCallKind kind, string[] methods) in ServiceTable)
        {
            INamedTypeSymbol? type = compilation.GetTypeByMetadataName(typeName);
            if (type == null)
            {
                continue;
            }

            if (!services.TryGetValue(type, out Dictionary<string, StripeCallKind>? byName))
            {
                byName = new Dictionary<string, StripeCallKind>(StringComparer.Ordinal);
                services.Add(type, byName);
            }

            foreach (string method in methods)
            {
                byName[method] = kind;
                byName[method + "Async"] = kind;
            }
        }

        return new StripeIdempotencySymbols(requestOptions, services);
    }

    public StripeCallKind Classify(IMethodSymbol method)
    {
        for (INamedTypeSymbol? type = method.ContainingType; type != null; type = type.BaseType)
        {
            if (_services.TryGetValue(type, out Dictionary<string, StripeCallKind>? byName))
            {
                return byName.TryGetValue(method.Name, out StripeCallKind kind) ? kind : StripeCallKind.None;
            }
        }

        return StripeCallKind.None;
    }

    public bool IsRequestOptions(ITypeSymbol? type)
    {
        for (ITypeSymbol? current = type; current != null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, RequestOptions))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsIdempotencyKeyProperty(IPropertySymbol? property)
        => property != null && property.Name == "IdempotencyKey" && IsRequestOptions(property.ContainingType);

    /// <summary>The call's <c>RequestOptions</c> argument (explicit or defaulted), or null when it has none.</summary>
    public IArgumentOperation? FindRequestOptionsArgument(IInvocationOperation invocation)
    {
        foreach (IArgumentOperation argument in invocation.Arguments)
        {
            if (argument.Parameter != null && SymbolEqualityComparer.Default.Equals(argument.Parameter.Type, RequestOptions))
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>Whether the value passed as <c>RequestOptions</c> visibly carries a non-empty key.</summary>
    public KeyEvidence Evaluate(IArgumentOperation argument)
    {
        if (argument.ArgumentKind == ArgumentKind.DefaultValue)
        {
            return KeyEvidence.Missing;
        }

        return EvaluateValue(argument.Value, argument, depth: 0);
    }

    private KeyEvidence EvaluateValue(IOperation? value, IOperation use, int depth)
    {
        value = WrappedValues.StripImplicit(value);
        switch (value)
        {
            case null:
                return KeyEvidence.Unknown;
            case ILiteralOperation or IDefaultValueOperation when value.ConstantValue.HasValue && value.ConstantValue.Value == null:
                return KeyEvidence.Missing;
            case IObjectCreationOperation creation:
                return EvaluateCreation(creation);
            case ILocalReferenceOperation local when depth == 0:
                return EvaluateLocal(local.Local, use);
            case IInvocationOperation { TargetMethod: var helper } when StripeRequestOptionsHelpers.BuildsOnlyOptionsWithoutKey(helper, default):
                // The project's own helper that builds options with only StripeAccount/ApiKey: no key.
                return KeyEvidence.Missing;
            case IFieldReferenceOperation { Field: var field } when StripeRequestOptionsHelpers.BuildsOnlyOptionsWithoutKey(field, default):
                return KeyEvidence.Missing;
            default:
                return KeyEvidence.Unknown;
        }
    }

    private KeyEvidence EvaluateCreation(IObjectCreationOperation creation)
    {
        // A user's subclass may set the key in its constructor: only Stripe's own types are judged.
        if (creation.Type is not INamedTypeSymbol type || type.ContainingNamespace?.Name != "Stripe")
        {
            return KeyEvidence.Unknown;
        }

        if (creation.Initializer != null)
        {
            foreach (IOperation initializer in creation.Initializer.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment
                    && IsIdempotencyKeyProperty(property.Property))
                {
                    return IdempotencyOperations.IsEmptyString(assignment.Value) ? KeyEvidence.Missing : KeyEvidence.Present;
                }
            }
        }

        return KeyEvidence.Missing;
    }

    /// <summary>
    /// A local <c>RequestOptions</c>: every write to it in the method is looked at. Any key assignment counts as a key;
    /// the local handed to another method (which may set the key), captured by ref, or assigned from something
    /// unseen makes the answer Unknown.
    /// </summary>
    private KeyEvidence EvaluateLocal(ILocalSymbol local, IOperation use)
    {
        IOperation root = IdempotencyOperations.Root(use);
        bool sawMissing = false;
        foreach (IOperation operation in root.DescendantOperations())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    IOperation? initial = declarator.Initializer?.Value;
                    if (initial == null)
                    {
                        continue;
                    }

                    KeyEvidence fromInitializer = EvaluateValue(initial, use, depth: 1);
                    if (fromInitializer != KeyEvidence.Missing)
                    {
                        return fromInitializer;
                    }

                    sawMissing = true;
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    KeyEvidence fromAssignment = EvaluateValue(assignment.Value, use, depth: 1);
                    if (fromAssignment != KeyEvidence.Missing)
                    {
                        return fromAssignment;
                    }

                    sawMissing = true;
                    break;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Instance: ILocalReferenceOperation instance } property } keyAssignment
                    when SymbolEqualityComparer.Default.Equals(instance.Local, local) && IsIdempotencyKeyProperty(property.Property):
                    if (!IdempotencyOperations.IsEmptyString(keyAssignment.Value))
                    {
                        return KeyEvidence.Present;
                    }

                    break;
                case ICoalesceAssignmentOperation { Target: IPropertyReferenceOperation { Instance: ILocalReferenceOperation coalesced } coalescedProperty }
                    when SymbolEqualityComparer.Default.Equals(coalesced.Local, local) && IsIdempotencyKeyProperty(coalescedProperty.Property):
                    return KeyEvidence.Present;
                case ICompoundAssignmentOperation { Target: IPropertyReferenceOperation { Instance: ILocalReferenceOperation compound } compoundProperty }
                    when SymbolEqualityComparer.Default.Equals(compound.Local, local) && IsIdempotencyKeyProperty(compoundProperty.Property):
                    return KeyEvidence.Present;
                case ILocalReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Local, local) && IsHandedElsewhere(reference, use):
                    return KeyEvidence.Unknown;
            }
        }

        return sawMissing ? KeyEvidence.Missing : KeyEvidence.Unknown;
    }

    // The local passed to another method or by reference may get its key there: be conservative.
    private static bool IsHandedElsewhere(ILocalReferenceOperation reference, IOperation use)
    {
        IOperation? parent = reference.Parent;
        while (parent is IConversionOperation or IParenthesizedOperation)
        {
            parent = parent.Parent;
        }

        if (parent is IArgumentOperation argument)
        {
            return !ReferenceEquals(argument, use);
        }

        return parent is IAnonymousFunctionOperation or IDelegateCreationOperation;
    }
}
