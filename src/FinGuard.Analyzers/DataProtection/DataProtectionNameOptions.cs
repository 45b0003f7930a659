using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.DataProtection;

/// <summary>
/// The user's extensions of the financial-data recogniser, from <c>.editorconfig</c>:
/// <c>finguard.data_protection.extra_names</c> (names that hold account numbers or national ids in your code),
/// <c>finguard.data_protection.safe_names</c> (names that never do) and
/// <c>finguard.data_protection.encrypting_converters</c> (your own value converters or attributes that encrypt,
/// e.g. <c>VaultConverter, EncryptedColumn</c>). Entries are compared on letters and digits, case-insensitively.
/// </summary>
internal sealed class DataProtectionNameOptions
{
    public const string ExtraNamesKey = "finguard.data_protection.extra_names";
    public const string SafeNamesKey = "finguard.data_protection.safe_names";
    public const string EncryptingConvertersKey = "finguard.data_protection.encrypting_converters";

    public static readonly DataProtectionNameOptions Empty = new DataProtectionNameOptions(CardDataNameOptions.Empty, ImmutableArray<string>.Empty);

    private readonly CardDataNameOptions _names;
    private readonly ImmutableArray<string> _converters;

    private DataProtectionNameOptions(CardDataNameOptions names, ImmutableArray<string> converters)
    {
        _names = names;
        _converters = converters;
    }

    public static DataProtectionNameOptions Parse(string? extraNames, string? safeNames, string? converters)
    {
        if (string.IsNullOrWhiteSpace(extraNames) && string.IsNullOrWhiteSpace(safeNames) && string.IsNullOrWhiteSpace(converters))
        {
            return Empty;
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        if (!string.IsNullOrWhiteSpace(converters))
        {
            foreach (string part in converters!.Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                string normalized = IdentifierWords.Normalize(part);
                if (normalized.Length > 0)
                {
                    builder.Add(normalized);
                }
            }
        }

        // The name lists share the card-data option parser: same syntax, same "contains" matching.
        return new DataProtectionNameOptions(CardDataNameOptions.Parse(extraNames, safeNames), builder.ToImmutable());
    }

    public bool HasExtraNames => _names.HasExtraNames;

    public bool IsConfiguredExtra(string normalizedName) => _names.IsConfiguredExtra(normalizedName);

    public bool IsConfiguredSafe(string normalizedName) => _names.IsConfiguredSafe(normalizedName);

    /// <summary>True when a converter or attribute type name is one the user declared as encrypting (exact match).</summary>
    public bool IsConfiguredEncryptingConverter(string typeName)
    {
        if (_converters.IsEmpty)
        {
            return false;
        }

        string normalized = IdentifierWords.Normalize(typeName);
        foreach (string entry in _converters)
        {
            if (normalized == entry || normalized == entry + "attribute")
            {
                return true;
            }
        }

        return false;
    }
}
