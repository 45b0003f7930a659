namespace FinGuard.Analyzers.Secrets;

/// <summary>
/// The secrets rules' options from <c>.editorconfig</c>:
/// <c>finguard.secrets.is_test_code</c> (true in test projects: test keys and SDK-slot fixtures are not reported,
/// live keys still are), <c>finguard.secrets.payment_hosts</c> (extra bank or gateway hosts for FG4005) and
/// <c>finguard.secrets.excluded_config_files</c> (configuration file names FG4003 skips, <c>*</c> wildcards).
/// </summary>
internal sealed class SecretsOptions
{
    public const string IsTestCodeKey = "finguard.secrets.is_test_code";
    public const string PaymentHostsKey = "finguard.secrets.payment_hosts";
    public const string ExcludedConfigFilesKey = "finguard.secrets.excluded_config_files";

    public static readonly SecretsOptions Default = new SecretsOptions(false, ImmutableArray<string>.Empty);

    public SecretsOptions(bool isTestCode, ImmutableArray<string> paymentHosts)
    {
        IsTestCode = isTestCode;
        PaymentHosts = paymentHosts;
    }

    public bool IsTestCode { get; }

    public ImmutableArray<string> PaymentHosts { get; }

    public static SecretsOptions Parse(string? isTestCode, string? paymentHosts)
        => new SecretsOptions(string.Equals(isTestCode?.Trim(), "true", StringComparison.OrdinalIgnoreCase), ParseList(paymentHosts));

    public static ImmutableArray<string> ParseList(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return ImmutableArray<string>.Empty;
        }

        var builder = ImmutableArray.CreateBuilder<string>();
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

    /// <summary>True when the file name matches one of the patterns (case-insensitive, <c>*</c> matches any run).</summary>
    public static bool MatchesAnyFileName(string fileName, ImmutableArray<string> patterns)
    {
        foreach (string pattern in patterns)
        {
            if (WildcardMatch(fileName, 0, pattern, 0))
            {
                return true;
            }
        }

        return false;
    }

    private static bool WildcardMatch(string text, int t, string pattern, int p)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == '*')
            {
                for (int k = t; k <= text.Length; k++)
                {
                    if (WildcardMatch(text, k, pattern, p + 1))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (t >= text.Length || char.ToLowerInvariant(text[t]) != char.ToLowerInvariant(pattern[p]))
            {
                return false;
            }

            t++;
            p++;
        }

        return t == text.Length;
    }
}
