namespace FinGuard.Analyzers.Shared;

/// <summary>
/// The last results of a pure function of a name, per thread, by hash slot. The recognisers ask the same questions of
/// the same few names again and again (every rule that looks at a member splits its name, and payment code repeats the
/// same member and type names in every module): on payment-dense code splitting and normalising names were the largest
/// allocators in FinGuard's callbacks. Per thread, so no state is shared between the driver's threads; bounded (a
/// fixed number of slots per thread), so nothing of a compilation is kept beyond a few hundred names. A result is
/// shared between callers: it must not be changed.
/// </summary>
internal sealed class NameMemo<T>
    where T : class
{
    private const int Size = 256;

    private readonly Func<string, T?> _compute;
    private readonly System.Threading.ThreadLocal<Slots> _slots = new System.Threading.ThreadLocal<Slots>(static () => new Slots());

    public NameMemo(Func<string, T?> compute)
    {
        _compute = compute;
    }

    public T? Get(string name)
    {
        Slots slots = _slots.Value!;
        int slot = (StringComparer.Ordinal.GetHashCode(name) & int.MaxValue) % Size;
        if (slots.Names[slot] is { } known && string.Equals(known, name, StringComparison.Ordinal))
        {
            return slots.Values[slot];
        }

        T? value = _compute(name);
        slots.Names[slot] = name;
        slots.Values[slot] = value;
        return value;
    }

    private sealed class Slots
    {
        public string?[] Names { get; } = new string?[Size];

        public T?[] Values { get; } = new T?[Size];
    }
}
