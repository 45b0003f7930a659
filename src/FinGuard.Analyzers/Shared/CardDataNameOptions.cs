namespace FinGuard.Analyzers.Shared;

/// <summary>
/// The user's extensions of the card-data recogniser, from <c>.editorconfig</c>:
/// <c>finguard.card_data.extra_names</c> (names that hold card numbers, e.g. <c>acct_pan_digits</c>) and
/// <c>finguard.card_data.safe_names</c> (names that never do, e.g. <c>voucher_card_number</c>).
/// Entries are compared on letters and digits only, case-insensitively, and match when the name contains them.
/// </summary>
internal sealed class CardDataNameOptions
{
    public const string ExtraNamesKey = "finguard.card_data.extra_names";
    public const string SafeNamesKey = "finguard.card_data.safe_names";

    public static readonly CardDataNameOptions Empty = new CardDataNameOptions(ImmutableArray<string>.Empty, ImmutableArray<string>.Empty);

    private readonly ImmutableArray<string> _extraNames;
    private readonly ImmutableArray<string> _safeNames;

    private CardDataNameOptions(ImmutableArray<string> extraNames, ImmutableArray<string> safeNames)
    {
        _extraNames = extraNames;
        _safeNames = safeNames;
    }

    public static CardDataNameOptions Parse(string? extraNames, string? safeNames)
    {
        if (string.IsNullOrWhiteSpace(extraNames) && string.IsNullOrWhiteSpace(safeNames))
        {
            return Empty;
        }

        return new CardDataNameOptions(ParseList(extraNames), ParseList(safeNames));
    }

    /// <summary>Whether any extra names are configured (then the cheap keyword prefilter cannot rule a name out).</summary>
    public bool HasExtraNames => !_extraNames.IsEmpty;

    /// <summary>Whether any extra or safe names are configured (otherwise a name need not be normalized to compare with them).</summary>
    public bool HasConfiguredNames => !_extraNames.IsEmpty || !_safeNames.IsEmpty;

    public bool IsConfiguredExtra(string normalizedName) => ContainsAny(normalizedName, _extraNames);

    public bool IsConfiguredSafe(string normalizedName) => ContainsAny(normalizedName, _safeNames);

    private static bool ContainsAny(string normalizedName, ImmutableArray<string> entries)
    {
        foreach (string entry in entries)
        {
            if (normalizedName.IndexOf(entry, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<string> ParseList(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return ImmutableArray<string>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (string part in value!.Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            string normalized = IdentifierWords.Normalize(part);
            if (normalized.Length > 0)
            {
                builder.Add(normalized);
            }
        }

        return builder.ToImmutable();
    }
}
