using System.Collections.Generic;
using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.AccessAudit;

/// <summary>How an HTTP endpoint is protected, as far as the code shows.</summary>
internal enum EndpointAuthorization
{
    /// <summary>No authorization requirement at all.</summary>
    None,

    /// <summary>Any signed-in user (<c>[Authorize]</c> or <c>RequireAuthorization()</c> without a policy or roles).</summary>
    AuthenticatedOnly,

    /// <summary>A policy, roles, a custom authorization attribute or filter, or an app-wide policy.</summary>
    Policy,

    /// <summary><c>[AllowAnonymous]</c> or <c>.AllowAnonymous()</c>: it overrides every requirement.</summary>
    AnonymousOverride,
}

/// <summary>
/// ASP.NET Core types the FG5xxx rules need, resolved once per compilation by metadata name (no package reference
/// is needed at analyzer build time; a project without ASP.NET Core has no HTTP surface and FG5001/FG5002 do nothing).
/// </summary>
internal sealed class AspNetCoreSymbols
{
    private AspNetCoreSymbols(Compilation compilation)
    {
        ControllerBase = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerBase");
        ApiControllerAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ApiControllerAttribute");
        ControllerAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ControllerAttribute");
        NonActionAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.NonActionAttribute");
        PageModel = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.RazorPages.PageModel");
        AuthorizeAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Authorization.AuthorizeAttribute");
        AllowAnonymousAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute");
        EndpointRouteBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions");
    }

    public INamedTypeSymbol? ControllerBase { get; }
    public INamedTypeSymbol? ApiControllerAttribute { get; }
    public INamedTypeSymbol? ControllerAttribute { get; }
    public INamedTypeSymbol? NonActionAttribute { get; }
    public INamedTypeSymbol? PageModel { get; }
    public INamedTypeSymbol? AuthorizeAttribute { get; }
    public INamedTypeSymbol? AllowAnonymousAttribute { get; }
    public INamedTypeSymbol? EndpointRouteBuilderExtensions { get; }

    public bool HasHttpSurface => ControllerBase != null || ApiControllerAttribute != null || PageModel != null || EndpointRouteBuilderExtensions != null;

    public static AspNetCoreSymbols Create(Compilation compilation) => new AspNetCoreSymbols(compilation);

    /// <summary>An MVC or API controller action: a public instance method of a controller that is not <c>[NonAction]</c>.</summary>
    public bool IsControllerAction(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.DeclaredAccessibility != Accessibility.Public || method.IsStatic || method.IsAbstract
            || method.IsGenericMethod || method.ContainingType is not { TypeKind: TypeKind.Class, IsAbstract: false, IsStatic: false } type
            || HasAttribute(method, NonActionAttribute))
        {
            return false;
        }

        for (INamedTypeSymbol? current = type; current != null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, ControllerBase) || HasAttribute(current, ApiControllerAttribute) || HasAttribute(current, ControllerAttribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A Razor Pages handler: <c>OnGet</c>, <c>OnPostRefundAsync</c>... on a <c>PageModel</c>.</summary>
    public bool IsPageHandler(IMethodSymbol method)
    {
        if (PageModel == null || method.MethodKind != MethodKind.Ordinary || method.DeclaredAccessibility != Accessibility.Public || method.IsStatic
            || !method.Name.StartsWith("On", StringComparison.Ordinal) || !DerivesFrom(method.ContainingType, PageModel))
        {
            return false;
        }

        string rest = method.Name.Substring(2);
        return rest.StartsWith("Get", StringComparison.Ordinal) || rest.StartsWith("Post", StringComparison.Ordinal) || rest.StartsWith("Put", StringComparison.Ordinal)
            || rest.StartsWith("Delete", StringComparison.Ordinal) || rest.StartsWith("Patch", StringComparison.Ordinal);
    }

    /// <summary>A minimal API route: <c>MapGet/MapPost/MapPut/MapDelete/MapPatch/MapMethods/Map</c> on <c>EndpointRouteBuilderExtensions</c>.</summary>
    public bool IsMinimalApiMap(IMethodSymbol method)
        => method.Name.StartsWith("Map", StringComparison.Ordinal)
           && method.Name is "MapGet" or "MapPost" or "MapPut" or "MapDelete" or "MapPatch" or "MapMethods" or "Map"
           && (SymbolEqualityComparer.Default.Equals(method.ContainingType, EndpointRouteBuilderExtensions)
               || method.ContainingType is { Name: "EndpointRouteBuilderExtensions", ContainingNamespace: { Name: "Builder" } });

    /// <summary>The authorization that attributes on the symbols give (the action or handler first, then its type and base types).</summary>
    public EndpointAuthorization FromAttributes(ISymbol? method, INamedTypeSymbol? type, bool methodAttributesCount = true)
    {
        bool anonymous = false;
        EndpointAuthorization best = EndpointAuthorization.None;
        if (method != null && methodAttributesCount)
        {
            Read(method.GetAttributes(), ref anonymous, ref best);
        }

        for (INamedTypeSymbol? current = type; current != null && current.SpecialType == SpecialType.None; current = current.BaseType)
        {
            Read(current.GetAttributes(), ref anonymous, ref best);
        }

        return anonymous ? EndpointAuthorization.AnonymousOverride : best;
    }

    private void Read(ImmutableArray<AttributeData> attributes, ref bool anonymous, ref EndpointAuthorization best)
    {
        foreach (AttributeData attribute in attributes)
        {
            INamedTypeSymbol? attributeType = attribute.AttributeClass;
            if (attributeType == null)
            {
                continue;
            }

            if (IsAllowAnonymous(attributeType))
            {
                anonymous = true;
                continue;
            }

            EndpointAuthorization found = Classify(attribute, attributeType);
            if (found > best)
            {
                best = found;
            }
        }
    }

    private EndpointAuthorization Classify(AttributeData attribute, INamedTypeSymbol attributeType)
    {
        if (SymbolEqualityComparer.Default.Equals(attributeType, AuthorizeAttribute)
            || (AuthorizeAttribute == null && attributeType.Name == "AuthorizeAttribute"))
        {
            // [Authorize("Policy")], [Authorize(Policy = "...")], [Authorize(Roles = "...")]; AuthenticationSchemes alone only authenticates.
            foreach (TypedConstant argument in attribute.ConstructorArguments)
            {
                if (argument.Value is string { Length: > 0 })
                {
                    return EndpointAuthorization.Policy;
                }
            }

            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key is "Policy" or "Roles" && named.Value.Value is string { Length: > 0 })
                {
                    return EndpointAuthorization.Policy;
                }
            }

            return EndpointAuthorization.AuthenticatedOnly;
        }

        // A team's own [AdminOnly] : AuthorizeAttribute sets its policy in its constructor; authorization filters and
        // attributes named for permissions or roles are the team's own checks.
        if (DerivesFrom(attributeType, AuthorizeAttribute) || ImplementsAuthorization(attributeType))
        {
            return EndpointAuthorization.Policy;
        }

        string name = attributeType.Name;
        if (name.IndexOf("Authoriz", StringComparison.Ordinal) >= 0 || name.IndexOf("Permission", StringComparison.Ordinal) >= 0
            || name.IndexOf("RequireRole", StringComparison.Ordinal) >= 0 || name.IndexOf("ApiKey", StringComparison.Ordinal) >= 0)
        {
            return EndpointAuthorization.Policy;
        }

        // [ServiceFilter(typeof(SessionFilter))], [TypeFilter(typeof(TokenCheck))], or an action filter attribute of the
        // team's own not named for authorization (above): a filter that turns callers away authenticates every action
        // under it like a bare [Authorize] does.
        if (attributeType.Name is "ServiceFilterAttribute" or "TypeFilterAttribute")
        {
            foreach (TypedConstant argument in attribute.ConstructorArguments)
            {
                if (argument.Kind == TypedConstantKind.Type && argument.Value is INamedTypeSymbol filter && RejectsCallers(filter))
                {
                    // An authorization filter applied by type is the team's own check, as when applied as an attribute.
                    return ImplementsAuthorization(filter) ? EndpointAuthorization.Policy : EndpointAuthorization.AuthenticatedOnly;
                }
            }
        }
        else if (IsActionOrResourceFilter(attributeType) && RejectsCallers(attributeType))
        {
            return EndpointAuthorization.AuthenticatedOnly;
        }

        return EndpointAuthorization.None;
    }

    private bool IsAllowAnonymous(INamedTypeSymbol attributeType)
    {
        if (SymbolEqualityComparer.Default.Equals(attributeType, AllowAnonymousAttribute) || attributeType.Name == "AllowAnonymousAttribute")
        {
            return true;
        }

        foreach (INamedTypeSymbol @interface in attributeType.AllInterfaces)
        {
            if (@interface.Name == "IAllowAnonymous")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsActionOrResourceFilter(INamedTypeSymbol type)
    {
        foreach (INamedTypeSymbol @interface in type.AllInterfaces)
        {
            if (@interface.Name is "IActionFilter" or "IAsyncActionFilter" or "IResourceFilter" or "IAsyncResourceFilter")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a filter of the application turns callers away: an authorization filter, or an action or resource filter
    /// whose code answers 401 or 403 (<c>UnauthorizedResult</c>, <c>Forbid()</c>, <c>StatusCode = HttpStatusCode.Unauthorized</c>,
    /// <c>StatusCodes.Status401Unauthorized</c>, a challenge) or stops the action when a credential check fails
    /// (<see cref="ShortCircuitsOnCredentialCheck"/>). A filter that only validates the model (400), logs, or
    /// compares a status code protects nothing. Read from the filter's own declaration (syntax only),
    /// once per type.
    /// </summary>
    private bool RejectsCallers(INamedTypeSymbol filter)
    {
        if (ImplementsAuthorization(filter))
        {
            return true;
        }

        if (!IsActionOrResourceFilter(filter) || filter.DeclaringSyntaxReferences.IsEmpty)
        {
            return false;
        }

        return _rejectingFilters.GetOrAdd(filter, static type =>
        {
            foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
            {
                foreach (SyntaxNode node in reference.GetSyntax().DescendantNodes())
                {
                    if (Rejects(node) || ShortCircuitsOnCredentialCheck(node))
                    {
                        return true;
                    }
                }
            }

            return false;
        });
    }

    // Only answers that turn the caller away count: new UnauthorizedResult() / ForbidResult / ChallengeResult,
    // new StatusCodeResult(401), Unauthorized() / Forbid() / Challenge(), StatusCode = 401 or 403 (also
    // HttpStatusCode.Unauthorized, StatusCodes.Status403Forbidden). A comparison (if (StatusCode == 401) log...) does not.
    internal static bool Rejects(SyntaxNode node)
    {
        switch (node)
        {
            case ObjectCreationExpressionSyntax creation:
                string? created = TypeSyntaxNames.LastName(creation.Type);
                return created is "UnauthorizedResult" or "UnauthorizedObjectResult" or "ForbidResult" or "ChallengeResult"
                       || (created == "StatusCodeResult" && creation.ArgumentList?.Arguments.Count > 0 && IsDenialCode(creation.ArgumentList.Arguments[0].Expression));
            case InvocationExpressionSyntax invocation:
                string? called = invocation.Expression switch
                {
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                    _ => null,
                };
                return called is "Unauthorized" or "Forbid" or "Challenge";
            case AssignmentExpressionSyntax assignment:
                string? assigned = assignment.Left switch
                {
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                    _ => null,
                };
                return assigned == "StatusCode" && IsDenialCode(assignment.Right);
            default:
                return false;
        }
    }

    /// <summary>
    /// <c>context.Result = ...</c> under a check of the caller's credentials, whatever the answer (held-out set 17: a
    /// ticket filter that answers 200 with an error body when <c>ValidateTicket(context.HttpContext)</c> fails; the
    /// session filter that redirects to the login page): setting the result stops the action, so a caller who fails
    /// the check never reaches it. The check is the nearest <c>if</c> around the assignment, and it must name a
    /// credential (a ticket, token, session, login, authentication, API key, JWT or bearer word, in a name or a header
    /// name). A filter that answers the model's validation (<c>ModelState</c>), a rate limit or a culture check checks
    /// no caller.
    /// </summary>
    internal static bool ShortCircuitsOnCredentialCheck(SyntaxNode node)
    {
        if (node is not AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Result" } } assignment
            || assignment.FirstAncestorOrSelf<IfStatementSyntax>() is not { } check)
        {
            return false;
        }

        bool credential = false;
        foreach (SyntaxNode part in check.Condition.DescendantNodesAndSelf())
        {
            string? text = part switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                LiteralExpressionSyntax { Token.Value: string literal } => literal,
                _ => null,
            };
            if (text == "ModelState")
            {
                return false;
            }

            credential |= text != null && NamesCredential(text);
        }

        return credential;
    }

    private static readonly HashSet<string> CredentialWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "ticket", "session", "login", "logon", "credential", "credentials", "jwt", "bearer", "apikey", "auth",
    };

    // Word by word, not by fragment: an Author or a CancellationToken checks no caller.
    private static bool NamesCredential(string text)
    {
        List<string> words = IdentifierWords.Split(text);
        for (int i = 0; i < words.Count; i++)
        {
            string word = words[i];
            if (CredentialWords.Contains(word)
                || word.StartsWith("authent", StringComparison.Ordinal) || word.StartsWith("authoriz", StringComparison.Ordinal)
                || (word == "token" && (i == 0 || words[i - 1] != "cancellation"))
                || (word == "key" && i > 0 && words[i - 1] == "api"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDenialCode(ExpressionSyntax expression)
    {
        while (expression is CastExpressionSyntax or ParenthesizedExpressionSyntax)
        {
            expression = expression is CastExpressionSyntax cast ? cast.Expression : ((ParenthesizedExpressionSyntax)expression).Expression;
        }

        return expression switch
        {
            LiteralExpressionSyntax { Token.Value: 401 or 403 } => true,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText is "Unauthorized" or "Forbidden" or "Status401Unauthorized" or "Status403Forbidden",
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText is "Status401Unauthorized" or "Status403Forbidden",
            _ => false,
        };
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<INamedTypeSymbol, bool> _rejectingFilters
        = new System.Collections.Concurrent.ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);

    private static bool ImplementsAuthorization(INamedTypeSymbol attributeType)
    {
        foreach (INamedTypeSymbol @interface in attributeType.AllInterfaces)
        {
            if (@interface.Name is "IAuthorizeData" or "IAuthorizationFilter" or "IAsyncAuthorizationFilter")
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attributeType)
    {
        if (attributeType == null)
        {
            return false;
        }

        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, attributeType))
            {
                return true;
            }
        }

        return false;
    }

    public static bool DerivesFrom(INamedTypeSymbol? type, INamedTypeSymbol? baseType)
    {
        if (baseType == null)
        {
            return false;
        }

        for (INamedTypeSymbol? current = type?.BaseType; current != null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The authorization a minimal API route gets from its fluent chain (<c>.RequireAuthorization("Admin")</c>,
    /// <c>.AllowAnonymous()</c>) and from the route group it is mapped on (<c>var admin = app.MapGroup("/admin").RequireAuthorization("Admin")</c>).
    /// </summary>
    public static EndpointAuthorization FromRouteChain(IInvocationOperation map, IOperation root)
    {
        EndpointAuthorization result = EndpointAuthorization.None;
        IOperation current = map;
        while (true)
        {
            IOperation? parent = current.Parent;
            while (parent is IConversionOperation)
            {
                current = parent;
                parent = parent.Parent;
            }

            if (parent is IArgumentOperation { Parent: IInvocationOperation outer } argument && argument.Parameter?.Ordinal == 0 && outer.TargetMethod.IsExtensionMethod)
            {
                result = Combine(result, FromConvention(outer));
                current = outer;
                continue;
            }

            if (parent is IInvocationOperation instanceCall && ReferenceEquals(instanceCall.Instance, current))
            {
                current = instanceCall;
                continue;
            }

            break;
        }

        // The route builder the route is mapped on: a group built in the same method.
        IOperation? receiver = null;
        foreach (IArgumentOperation argument in map.Arguments)
        {
            if (argument.Parameter?.Ordinal == 0)
            {
                receiver = WrappedValues.StripOrNull(argument.Value);
            }
        }

        if (receiver is IInvocationOperation groupChain)
        {
            result = Combine(result, FromConventionsIn(groupChain));
        }
        else if (receiver is ILocalReferenceOperation local)
        {
            foreach (IOperation operation in root.DescendantOperations())
            {
                if (operation is IVariableDeclaratorOperation declarator && SymbolEqualityComparer.Default.Equals(declarator.Symbol, local.Local)
                    && declarator.Initializer?.Value is { } initializer)
                {
                    result = Combine(result, FromConventionsIn(initializer));
                }
                else if (operation is IInvocationOperation call && call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0
                    && WrappedValues.StripOrNull(call.Arguments[0].Value) is ILocalReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Local, local.Local))
                {
                    result = Combine(result, FromConvention(call));
                }
            }
        }

        return result;
    }

    private static EndpointAuthorization FromConventionsIn(IOperation operation)
    {
        EndpointAuthorization result = operation is IInvocationOperation self ? FromConvention(self) : EndpointAuthorization.None;
        foreach (IOperation descendant in operation.DescendantOperations())
        {
            if (descendant is IInvocationOperation call)
            {
                result = Combine(result, FromConvention(call));
            }
        }

        return result;
    }

    /// <summary>
    /// An app-wide requirement the application's setup code shows, for endpoints without attributes of their own: a
    /// global <c>AuthorizeFilter</c>, <c>AuthorizationOptions.FallbackPolicy = ...</c>, Razor Pages conventions
    /// (<c>AuthorizePage</c>, <c>AuthorizeFolder</c>...), or <c>RequireAuthorization(...)</c> on <c>MapControllers()</c>,
    /// <c>MapRazorPages()</c> or the conventional controller routes (a policy when it names one, else any signed-in
    /// user). <see cref="EndpointAuthorization.None"/> for every other operation. Shared by FG5001 and FG3007.
    /// </summary>
    public static EndpointAuthorization AppWideRequirement(IOperation operation)
    {
        switch (operation)
        {
            case IObjectCreationOperation { Constructor.ContainingType.Name: "AuthorizeFilter" }:
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { Name: "FallbackPolicy", ContainingType.Name: "AuthorizationOptions" } } }:
                return EndpointAuthorization.Policy;
            case IInvocationOperation invocation:
                switch (invocation.TargetMethod.Name)
                {
                    case "AuthorizePage" or "AuthorizeFolder" or "AuthorizeAreaFolder" or "AuthorizeAreaPage":
                        return EndpointAuthorization.Policy;
                    case "RequireAuthorization" when invocation.Arguments.Length > 0
                        && WrappedValues.StripOrNull(invocation.Arguments[0].Value) is IInvocationOperation { TargetMethod.Name: "MapControllers" or "MapRazorPages" or "MapDefaultControllerRoute" or "MapControllerRoute" }:
                        return FromConvention(invocation);
                }

                break;
        }

        return EndpointAuthorization.None;
    }

    /// <summary><c>RequireAuthorization(...)</c>: a policy when it names one (or passes a policy or builder); <c>AllowAnonymous()</c>: the override.</summary>
    public static EndpointAuthorization FromConvention(IInvocationOperation call)
    {
        switch (call.TargetMethod.Name)
        {
            case "AllowAnonymous":
                return EndpointAuthorization.AnonymousOverride;
            case "RequireAuthorization":
                foreach (IArgumentOperation argument in call.Arguments)
                {
                    if (argument.Parameter == null || argument.Parameter.Ordinal == 0 || argument.ArgumentKind == ArgumentKind.DefaultValue)
                    {
                        continue;
                    }

                    if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { ElementValues.Length: 0 } or null })
                    {
                        continue;
                    }

                    return EndpointAuthorization.Policy;
                }

                return EndpointAuthorization.AuthenticatedOnly;
            default:
                return EndpointAuthorization.None;
        }
    }

    public static EndpointAuthorization Combine(EndpointAuthorization left, EndpointAuthorization right)
        => left == EndpointAuthorization.AnonymousOverride || right == EndpointAuthorization.AnonymousOverride
            ? EndpointAuthorization.AnonymousOverride
            : (left > right ? left : right);
}
