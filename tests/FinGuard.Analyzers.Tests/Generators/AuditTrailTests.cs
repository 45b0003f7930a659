using FinGuard.Analyzers.Tests.Infrastructure;
using FinGuard.Generators;
using FinGuard.Security;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FinGuard.Analyzers.Tests.Generators;

/// <summary>Behaviour of the AuditTrail helper (FG5002's fix), compiled from the same file the generator embeds.</summary>
public class AuditTrailTests
{
    private static readonly DateTimeOffset Start = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static AuditTrail NewTrail(InMemoryAuditStore store)
    {
        int tick = 0;
        return new AuditTrail(store, () => Start.AddSeconds(System.Threading.Interlocked.Increment(ref tick)));
    }

    [Fact]
    public void Records_chain_by_the_previous_records_hash()
    {
        var store = new InMemoryAuditStore();
        AuditTrail trail = NewTrail(store);
        AuditRecord first = trail.Append("refund", "re_1", "alice", "amount=500");
        AuditRecord second = trail.Append("payout", "po_1", "bob");

        Assert.Equal(1, first.Sequence);
        Assert.Equal(AuditTrail.GenesisHash, first.PreviousHash);
        Assert.Equal(2, second.Sequence);
        Assert.Equal(first.Hash, second.PreviousHash);
        Assert.Matches("^[0-9a-f]{64}$", second.Hash);
        Assert.NotEqual(first.Hash, second.Hash);
        AuditVerification verification = trail.Verify(second.Hash);
        Assert.True(verification.IsValid, verification.Problem);
        Assert.Equal(2, verification.RecordCount);
    }

    [Fact]
    public void A_modified_record_is_detected()
    {
        var store = new InMemoryAuditStore();
        AuditTrail trail = NewTrail(store);
        trail.Append("refund", "re_1", "alice", "amount=500");
        trail.Append("refund", "re_2", "alice", "amount=700");
        trail.Append("payout", "po_1", "bob");

        List<AuditRecord> records = store.ReadAll().ToList();
        AuditRecord original = records[1];
        records[1] = new AuditRecord(original.Sequence, original.Timestamp, "mallory", original.Action, original.Subject, original.Details, original.PreviousHash, original.Hash);

        AuditVerification verification = AuditTrail.Verify(records);
        Assert.False(verification.IsValid);
        Assert.Equal(2, verification.FirstInvalidSequence);
        Assert.Contains("changed", verification.Problem);
    }

    [Fact]
    public void A_modified_record_with_a_recomputed_hash_breaks_the_next_link()
    {
        var store = new InMemoryAuditStore();
        AuditTrail trail = NewTrail(store);
        trail.Append("refund", "re_1", "alice", "amount=500");
        trail.Append("refund", "re_2", "alice", "amount=700");
        trail.Append("payout", "po_1", "bob");

        List<AuditRecord> records = store.ReadAll().ToList();
        AuditRecord original = records[1];
        string forged = AuditTrail.ComputeHash(original.Sequence, original.Timestamp, original.Actor, original.Action, original.Subject, "amount=7", original.PreviousHash);
        records[1] = new AuditRecord(original.Sequence, original.Timestamp, original.Actor, original.Action, original.Subject, "amount=7", original.PreviousHash, forged);

        AuditVerification verification = AuditTrail.Verify(records);
        Assert.False(verification.IsValid);
        Assert.Equal(3, verification.FirstInvalidSequence);
    }

    [Fact]
    public void A_deleted_record_is_detected()
    {
        var store = new InMemoryAuditStore();
        AuditTrail trail = NewTrail(store);
        trail.Append("refund", "re_1", "alice");
        trail.Append("refund", "re_2", "alice");
        AuditRecord last = trail.Append("payout", "po_1", "bob");

        List<AuditRecord> records = store.ReadAll().ToList();
        records.RemoveAt(1);
        AuditVerification middle = AuditTrail.Verify(records);
        Assert.False(middle.IsValid);
        Assert.Equal(2, middle.FirstInvalidSequence);

        // Removing the newest record leaves a valid prefix: the last hash kept elsewhere detects it.
        List<AuditRecord> truncated = store.ReadAll().Take(2).ToList();
        Assert.True(AuditTrail.Verify(truncated).IsValid);
        AuditVerification anchored = AuditTrail.Verify(truncated, last.Hash);
        Assert.False(anchored.IsValid);
        Assert.Contains("removed", anchored.Problem);
    }

    [Fact]
    public async Task Concurrent_appends_keep_the_chain_valid()
    {
        var store = new InMemoryAuditStore();

        // Several trails over one store, as with a transient service per request: the store's check keeps one chain.
        AuditTrail[] trails = Enumerable.Range(0, 4).Select(_ => new AuditTrail(store)).ToArray();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (int i = 0; i < 250; i++)
            {
                trails[(worker + i) % trails.Length].Append("refund", $"re_{worker}_{i}", "worker-" + worker);
            }
        })));

        IReadOnlyList<AuditRecord> records = store.ReadAll();
        Assert.Equal(2000, records.Count);
        Assert.Equal(Enumerable.Range(1, 2000).Select(i => (long)i), records.Select(r => r.Sequence));
        AuditVerification verification = new AuditTrail(store).Verify(records[records.Count - 1].Hash);
        Assert.True(verification.IsValid, verification.Problem);
        Assert.Equal(2000, verification.RecordCount);
    }

    [Fact]
    public void Record_writes_to_the_shared_trail()
    {
        AuditTrail previous = AuditTrail.Shared;
        try
        {
            var store = new InMemoryAuditStore();
            AuditTrail.Shared = new AuditTrail(store);
            AuditTrail.Record("transfer", "tr_1", "carol");
            AuditRecord only = Assert.Single(store.ReadAll());
            Assert.Equal("carol", only.Actor);
            Assert.Equal("transfer", only.Action);
            Assert.Throws<ArgumentNullException>(() => AuditTrail.Shared = null!);
        }
        finally
        {
            AuditTrail.Shared = previous;
        }
    }

    [Fact]
    public void Missing_actor_is_recorded_as_unknown_and_action_is_required()
    {
        var trail = new AuditTrail(new InMemoryAuditStore());
        Assert.Equal("unknown", trail.Append("refund", "re_1").Actor);
        Assert.Throws<ArgumentException>(() => trail.Append("", "re_1"));
    }

    // The helper compiles into users' projects: it must build with the oldest language version FinGuard supports (C# 8).
    [Fact]
    public async Task Helper_compiles_with_csharp_8_and_is_emitted_where_used()
    {
        string helper = HelperGenerator.ReadHelper("AuditTrail.cs");
        var reference = await TestCompilation.CreateAsync(("Use.cs", "class Use { void M() => FinGuard.Security.AuditTrail.Record(\"refund\", \"re_1\"); }"));
        var parse = new CSharpParseOptions(LanguageVersion.CSharp8);
        Compilation old = reference.RemoveAllSyntaxTrees().AddSyntaxTrees(CSharpSyntaxTree.ParseText(helper, parse, "AuditTrail.g.cs"));
        Assert.Empty(old.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));

        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new HelperGenerator().AsSourceGenerator() }, parseOptions: (CSharpParseOptions)reference.SyntaxTrees.First().Options);
        driver = driver.RunGeneratorsAndUpdateCompilation(reference, out Compilation output, out _);
        Assert.Equal(new[] { "FinGuard.Security.AuditTrail.g.cs" }, driver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }
}
