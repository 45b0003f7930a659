namespace FinGuard.Analyzers.Shared;

/// <summary>
/// The simple name a type is written with, read from syntax when the type may not bind (before restore): the last
/// part of <c>Stripe.ChargeService</c>, <c>global::Stripe.ChargeService</c> or <c>ChargeService?</c>. Generic names
/// (<c>List&lt;T&gt;</c>) have none here. Four rules kept private copies of this switch; they share this one.
/// </summary>
internal static class TypeSyntaxNames
{
    public static string? LastName(TypeSyntax type) => type switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        NullableTypeSyntax nullable => LastName(nullable.ElementType),
        _ => null,
    };
}
