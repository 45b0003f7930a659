using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.Idempotency;

/// <summary>
/// Which client (local, field, property or parameter) a property assignment on an <c>HttpClient</c> writes to,
/// shared by FG2004 (the <c>BaseAddress</c> a request goes to) and FG2007 (the <c>Timeout</c> of a payment client). Inside an object initializer
/// (<c>new HttpClient { BaseAddress = ... }</c>) the instance is the implicit receiver: the client is the local
/// being declared or the member the new client is assigned to.
/// </summary>
internal static class ClientReferences
{
    /// <param name="instance">The assigned property's instance.</param>
    /// <param name="assignment">The assignment, from which an implicit receiver is followed outwards.</param>
    /// <param name="throughFieldInitializers">Whether an initializer of a field's initial value names that field
    /// (FG2007 does; FG2004 has never looked there, and keeps its findings unchanged).</param>
    public static ISymbol? Of(IOperation? instance, IOperation assignment, bool throughFieldInitializers)
    {
        switch (WrappedValues.StripImplicit(instance))
        {
            case ILocalReferenceOperation local:
                return local.Local;
            case IFieldReferenceOperation field:
                return field.Field;
            case IPropertyReferenceOperation property:
                return property.Property;
            case IParameterReferenceOperation parameter:
                return parameter.Parameter;
            case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }:
                for (IOperation? current = assignment.Parent; current != null; current = current.Parent)
                {
                    if (current is IVariableDeclaratorOperation declarator)
                    {
                        return declarator.Symbol;
                    }

                    if (throughFieldInitializers && current is IFieldInitializerOperation fieldInitializer && fieldInitializer.InitializedFields.Length == 1)
                    {
                        return fieldInitializer.InitializedFields[0];
                    }

                    if (current is ISimpleAssignmentOperation outer && outer.Target is IFieldReferenceOperation or IPropertyReferenceOperation or ILocalReferenceOperation)
                    {
                        return Of(outer.Target, outer, throughFieldInitializers);
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
