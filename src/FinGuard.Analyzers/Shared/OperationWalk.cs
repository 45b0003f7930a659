using System.Collections;

namespace FinGuard.Analyzers.Shared;

/// <summary>
/// <c>DescendantOperations()</c> and <c>DescendantOperationsAndSelf()</c>: the operations under an operation, in the
/// order of Roslyn's <c>Descendants()</c> and <c>DescendantsAndSelf()</c> (depth first, parents before their children,
/// children in <see cref="IOperation.ChildOperations"/> order), without their allocations. Roslyn's are iterator
/// methods: an iterator object and a stack of child enumerators for every walk. FinGuard walks every method body several
/// times (the card-data flow, the money-flow graph, the account-data blocks) and the surroundings of many calls, so on
/// payment-dense code those were the largest allocation left in its callbacks. Here the walk is a struct enumerator
/// whose stack array is reused on the same thread (returned by the foreach's Dispose). Through LINQ (boxed) it works
/// as any enumerable.
/// </summary>
internal static class OperationWalks
{
    public static OperationWalk DescendantOperations(this IOperation? operation) => new OperationWalk(operation, includeSelf: false);

    public static OperationWalk DescendantOperationsAndSelf(this IOperation? operation) => new OperationWalk(operation, includeSelf: true);
}

/// <summary>The operations under (and with <c>includeSelf</c>, including) one operation: see <see cref="OperationWalks"/>.</summary>
internal readonly struct OperationWalk : IEnumerable<IOperation>
{
    private readonly IOperation? _root;
    private readonly bool _includeSelf;

    public OperationWalk(IOperation? root, bool includeSelf)
    {
        _root = root;
        _includeSelf = includeSelf;
    }

    public Enumerator GetEnumerator() => new Enumerator(_root, _includeSelf);

    IEnumerator<IOperation> IEnumerable<IOperation>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator : IEnumerator<IOperation>
    {
        // A few stacks kept per thread for the next walks (walks nest: a walk's body may start another).
        [ThreadStatic]
        private static IOperation.OperationList.Enumerator[]?[]? t_spare;

        private readonly IOperation? _root;
        private readonly bool _includeSelf;
        private IOperation.OperationList.Enumerator[]? _stack;
        private int _count;
        private bool _started;
        private IOperation? _current;

        public Enumerator(IOperation? root, bool includeSelf)
        {
            _root = root;
            _includeSelf = includeSelf;
            _stack = null;
            _count = 0;
            _started = false;
            _current = null;
        }

        public IOperation Current => _current!;

        object IEnumerator.Current => _current!;

        public bool MoveNext()
        {
            if (!_started)
            {
                _started = true;
                if (_root == null)
                {
                    return false;
                }

                _stack = Rent();
                Push(_root.ChildOperations.GetEnumerator());
                if (_includeSelf)
                {
                    _current = _root;
                    return true;
                }
            }

            while (_count > 0)
            {
                // The enumerator on top advances in place: Roslyn pops it, moves it and pushes it back.
                if (!_stack![_count - 1].MoveNext())
                {
                    _count--;
                    continue;
                }

                IOperation current = _stack[_count - 1].Current;
                if (current != null)
                {
                    _current = current;
                    Push(current.ChildOperations.GetEnumerator());
                    return true;
                }
            }

            _current = null;
            return false;
        }

        public void Reset() => throw new NotSupportedException();

        public void Dispose()
        {
            if (_stack != null)
            {
                Array.Clear(_stack, 0, _count);
                Return(_stack);
                _stack = null;
                _count = 0;
            }
        }

        private void Push(IOperation.OperationList.Enumerator children)
        {
            if (_count == _stack!.Length)
            {
                Array.Resize(ref _stack, _stack.Length * 2);
            }

            _stack[_count++] = children;
        }

        private static IOperation.OperationList.Enumerator[] Rent()
        {
            IOperation.OperationList.Enumerator[]?[]? spare = t_spare;
            if (spare != null)
            {
                for (int i = 0; i < spare.Length; i++)
                {
                    if (spare[i] is { } stack)
                    {
                        spare[i] = null;
                        return stack;
                    }
                }
            }

            return new IOperation.OperationList.Enumerator[16];
        }

        private static void Return(IOperation.OperationList.Enumerator[] stack)
        {
            IOperation.OperationList.Enumerator[]?[] spare = t_spare ??= new IOperation.OperationList.Enumerator[]?[4];
            for (int i = 0; i < spare.Length; i++)
            {
                if (spare[i] == null)
                {
                    spare[i] = stack;
                    return;
                }
            }
        }
    }
}
