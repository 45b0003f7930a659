using FinGuard.Build.Policy;
using FinGuard.Build.Sarif;

namespace FinGuard.Build.Integrity;

/// <summary>
/// What the reports say about the gate itself (the "whole truth"): whether every FinGuard analyzer ran, which
/// rules are locked, every deviation (rules turned down, properties, files not analysed) and what it got.
/// </summary>
internal sealed class GateIntegrity
{
    public GateIntegrity(CompilerLog log, GatePolicy policy, List<Deviation> deviations, ISet<string>? knownRules, bool treatWarningsAsErrors)
    {
        Deviations = deviations;
        TreatWarningsAsErrors = treatWarningsAsErrors;
        RulesInLog = log.Rules.Count;
        IsVersion1 = log.IsVersion1;
        foreach (RulePattern pattern in policy.Locked)
        {
            Locked.Add(pattern.Text);
        }

        if (knownRules != null && !log.IsVersion1)
        {
            foreach (string rule in knownRules)
            {
                if (!log.Rules.ContainsKey(rule))
                {
                    MissingRules.Add(rule);
                }
            }

            MissingRules.Sort(StringComparer.Ordinal);
        }

        foreach (RuleOverride o in log.Overrides)
        {
            Overrides.Add(o);
        }
    }

    public List<Deviation> Deviations { get; }

    public bool TreatWarningsAsErrors { get; }

    /// <summary>FinGuard rule descriptors in the compiler log.</summary>
    public int RulesInLog { get; }

    public bool IsVersion1 { get; }

    public List<string> Locked { get; } = new List<string>();

    /// <summary>Rules this package ships that the compiler log does not list (an analyzer that was not loaded).</summary>
    public List<string> MissingRules { get; } = new List<string>();

    public List<RuleOverride> Overrides { get; } = new List<RuleOverride>();

    public string AnalyzersSentence()
        => IsVersion1
            ? "the compiler wrote a SARIF 1.0 log (ErrorLog without \",version=2.1\"), which does not list the analyzers; severity overrides cannot be checked"
            : MissingRules.Count == 0
                ? "every FinGuard analyzer ran (" + RulesInLog + " FinGuard rules in the compiler log, no analyzer failure)"
                : "FinGuard analyzers ran (" + RulesInLog + " FinGuard rules in the compiler log), but these rules are missing from it: " + string.Join(", ", MissingRules.ToArray());
}
