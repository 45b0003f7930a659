using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FinGuard.CodeFixes.Shared;

/// <summary>
/// What every FinGuard fixer shares: the Fix All that does not depend on the equivalence key it is handed
/// (<see cref="KeyIndependentFixAllProvider"/>), around the fixer's own provider (<see cref="CreateFixAllProvider"/>),
/// and the fixer's equivalence keys, so that Fix All can tell its own keys from another fixer's.
/// </summary>
public abstract class FinGuardCodeFixProvider : CodeFixProvider
{
    private FixAllProvider? _fixAll;

    /// <param name="equivalenceKeys">Every equivalence key the fixer's actions carry, the preferred one first; each is <c>FinGuard.FGnnnn.What</c> with one of the fixer's IDs, so Fix All can tell the fixer's own keys from another fixer's.</param>
    protected FinGuardCodeFixProvider(params string[] equivalenceKeys)
    {
        EquivalenceKeys = ImmutableArray.Create(equivalenceKeys);
    }

    /// <summary>The equivalence keys of this fixer's actions, preferred first.</summary>
    public ImmutableArray<string> EquivalenceKeys { get; }

    /// <summary>
    /// Whether the fixer's own Fix All already gives each diagnostic its preferred fix whatever key it is handed
    /// (it plans every diagnostic's edit together); then a Fix All started without one of its keys runs it as it is,
    /// on the diagnostics of its IDs only.
    /// </summary>
    protected internal virtual bool FixAllChoosesPerDiagnostic => false;

    public sealed override FixAllProvider GetFixAllProvider() => _fixAll ??= new KeyIndependentFixAllProvider(this, CreateFixAllProvider());

    /// <summary>The fixer's own Fix All (the batch fixer unless the fixer needs its edits planned together).</summary>
    protected virtual FixAllProvider CreateFixAllProvider() => WellKnownFixAllProviders.BatchFixer;
}
