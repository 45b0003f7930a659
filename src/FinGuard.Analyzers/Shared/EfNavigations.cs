using System.Threading;

namespace FinGuard.Analyzers.Shared;

/// <summary>
/// Which related objects an entity read from the database actually holds (shared by FG1004's response checks and
/// FG3007): a query without <c>Include</c>, or a call whose body is not followed, fills the entity's own columns and
/// leaves its navigations empty, unless the context turns on lazy-loading proxies (<c>UseLazyLoadingProxies</c>
/// anywhere in the compilation: the serializer then loads them as it reads them).
/// </summary>
internal sealed class EfNavigations
{
    private readonly Compilation _compilation;
    private int _lazyLoading; // 0 unknown, 1 off, 2 on

    public EfNavigations(Compilation compilation) => _compilation = compilation;

    /// <summary>
    /// Whether lazy-loading proxies are on: <c>UseLazyLoadingProxies</c> in some file of the compilation. Searched once per
    /// compilation, and only when a response depends on it.
    /// </summary>
    public bool LazyLoading(CancellationToken cancellationToken)
    {
        int state = Volatile.Read(ref _lazyLoading);
        if (state == 0)
        {
            bool on = false;
            foreach (SyntaxTree tree in _compilation.SyntaxTrees)
            {
                if (TreeText.Contains(tree, "UseLazyLoadingProxies", cancellationToken))
                {
                    on = true;
                    break;
                }
            }

            state = on ? 2 : 1;
            Volatile.Write(ref _lazyLoading, state);
        }

        return state == 2;
    }

    /// <summary>
    /// Whether a member of <paramref name="owner"/> is a navigation to another row rather than a part of the row: a
    /// class-typed member (or a collection of one) that is <c>virtual</c> (EF's proxy-friendly navigations), carries
    /// <c>[ForeignKey]</c>, or has a foreign key beside it (<c>Customer</c> or <c>CustomerDto</c> beside <c>CustomerId</c>).
    /// Mapped DTOs keep the same shape as the entities they copy.
    /// </summary>
    public static bool IsNavigation(ISymbol member, ITypeSymbol memberType, INamedTypeSymbol owner)
    {
        if (memberType.SpecialType != SpecialType.None || memberType.TypeKind is not (TypeKind.Class or TypeKind.Interface or TypeKind.Array or TypeKind.Error))
        {
            return false;
        }

        if (member.IsVirtual)
        {
            return true;
        }

        foreach (AttributeData attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass?.Name is "ForeignKeyAttribute" or "ForeignKey")
            {
                return true;
            }
        }

        string name = member.Name;
        foreach (string suffix in ShapeSuffixes)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                name = name.Substring(0, name.Length - suffix.Length);
                break;
            }
        }

        return !owner.GetMembers(name + "Id").IsEmpty || !owner.GetMembers(name + "ID").IsEmpty;
    }

    // A navigation named for the DTO it is mapped to (CustomerDto beside CustomerId).
    private static readonly string[] ShapeSuffixes = { "Dto", "DTO", "Model", "ViewModel", "Vm" };

    /// <summary>
    /// Whether a query or call chain asks EF to load navigations: an <c>Include</c> or <c>ThenInclude</c> anywhere in it
    /// (<c>_db.Accounts.Include(a =&gt; a.Owner).FirstAsync()</c>), by syntax, so it holds before restore.
    /// </summary>
    public static bool IncludesNavigations(ExpressionSyntax? expression)
    {
        for (int i = 0; i < 16 && expression != null; i++)
        {
            switch (expression = WrappedValues.StripSyntax(expression, throughCasts: false, throughAwait: true))
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }:
                    if (access.Name.Identifier.ValueText is "Include" or "ThenInclude")
                    {
                        return true;
                    }

                    expression = access.Expression;
                    continue;
                case MemberAccessExpressionSyntax member:
                    expression = member.Expression;
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }
}
