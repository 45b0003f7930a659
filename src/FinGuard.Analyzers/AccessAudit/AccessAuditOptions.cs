namespace FinGuard.Analyzers.AccessAudit;

/// <summary>The <c>finguard.access.*</c> and <c>finguard.audit.*</c> keys (see docs/options.md), read per syntax tree.</summary>
internal static class AccessAuditOptions
{
    /// <summary>FG5001's fix: the policy name it writes into <c>[Authorize(Policy = "...")]</c>.</summary>
    public const string AuthorizationPolicyKey = "finguard.access.authorization_policy";

    public const string DefaultAuthorizationPolicy = "PaymentsAdmin";

    /// <summary>Whether charges (customer pay-ins) count as money movement for FG5001/FG5002; guest checkout is legitimately anonymous.</summary>
    public const string IncludeChargesKey = "finguard.access.include_charges";

    /// <summary>The project's audit sinks: type names (simple or full) or <c>Type.Method</c>, comma-separated.</summary>
    public const string AuditSinksKey = "finguard.audit.sinks";

    /// <summary>The project's audit entity types (simple or full names), comma-separated, for FG5003.</summary>
    public const string AuditEntityTypesKey = "finguard.audit.entity_types";

    public static ImmutableArray<string> GetList(AnalyzerConfigOptionsProvider provider, SyntaxTree? tree, string key)
    {
        string? value = null;
        if (tree == null || !provider.GetOptions(tree).TryGetValue(key, out value))
        {
            provider.GlobalOptions.TryGetValue(key, out value);
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return ImmutableArray<string>.Empty;
        }

        ImmutableArray<string>.Builder builder = ImmutableArray.CreateBuilder<string>();
        foreach (string part in value!.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            string trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                builder.Add(trimmed);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Whether <paramref name="type"/> is named by one of <paramref name="entries"/> (simple name, or full name when the entry has a dot).</summary>
    public static bool NamesType(ImmutableArray<string> entries, INamedTypeSymbol? type)
    {
        if (type == null)
        {
            return false;
        }

        foreach (string entry in entries)
        {
            if (MatchesType(entry, type))
            {
                return true;
            }
        }

        return false;
    }

    public static bool MatchesType(string entry, INamedTypeSymbol type)
        => entry.IndexOf('.') >= 0
            ? string.Equals(type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat), entry, StringComparison.Ordinal)
            : string.Equals(type.Name, entry, StringComparison.Ordinal);

    /// <summary>An audit-log type by its name: <c>AuditLog</c>, <c>AuditEntry</c>, <c>PaymentAuditRecord</c>, <c>IAuditTrail</c> (not <c>Auditor</c>).</summary>
    public static bool IsAuditName(string name)
    {
        int index = name.IndexOf("Audit", StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return false;
        }

        int end = index + 5;
        return end >= name.Length || !(name.Length > end + 1 && char.ToLowerInvariant(name[end]) == 'o' && char.ToLowerInvariant(name[end + 1]) == 'r');
    }
}
