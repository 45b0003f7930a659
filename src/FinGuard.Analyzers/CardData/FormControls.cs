using FinGuard.Analyzers.Shared;

namespace FinGuard.Analyzers.CardData;

/// <summary>
/// The text of a page or form control (<c>txtCardNumber.Text = value</c>: WinForms, WebForms, WPF), recognised by the
/// control's declared type name, since none of those frameworks is in an SDK reference pack and the type seldom binds
/// before restore (a designer's <c>System.Windows.Forms.TextBox txtCardNumber;</c> is an error type named <c>TextBox</c>).
/// What is assigned there is shown to whoever sees the screen (FG1004, issue 18, set 23).
/// </summary>
internal static class FormControls
{
    // Controls that display their Text: text boxes (also MaskedTextBox, RichTextBox), labels, literals, text blocks.
    private static readonly string[] TextControlTypeEndings = { "TextBox", "Label", "Literal", "TextBlock", "TextEdit" };

    /// <summary>The control's name when the assignment sets the <c>Text</c> of a field, property or local typed as a text control; else null.</summary>
    public static string? ShownControl(ISimpleAssignmentOperation assignment, System.Threading.CancellationToken cancellationToken)
        => assignment.Syntax is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax text } && assignment.SemanticModel is { } model
           ? ControlOfText(model, text, cancellationToken)
           : null;

    /// <summary>
    /// The control's name when <paramref name="text"/> is <c>control.Text</c> (or <c>this.control.Text</c>) of a field,
    /// property or local typed as a text control; else null.
    /// </summary>
    public static string? ControlOfText(SemanticModel model, MemberAccessExpressionSyntax text, System.Threading.CancellationToken cancellationToken)
    {
        if (text.Name.Identifier.ValueText != "Text")
        {
            return null;
        }

        ExpressionSyntax control = text.Expression is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } self ? self.Name : text.Expression;
        if (control is not IdentifierNameSyntax identifier)
        {
            return null;
        }

        SymbolInfo info = model.GetSymbolInfo(identifier, cancellationToken);
        if (info.Symbol == null && info.CandidateSymbols.IsEmpty)
        {
            // A WPF or Xamarin control named in XAML (x:Name="txtCardNum"): its field is generated into obj/ at build time,
            // so before a build the name binds to nothing. Only the control prefixes of Hungarian notation say what it is.
            return HasControlPrefix(identifier.Identifier.ValueText) ? identifier.Identifier.ValueText : null;
        }

        ITypeSymbol? type = info.Symbol switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            ILocalSymbol local => local.Type,
            _ => null,
        };
        if (type == null)
        {
            return null;
        }

        foreach (string ending in TextControlTypeEndings)
        {
            if (type.Name.EndsWith(ending, StringComparison.Ordinal))
            {
                return identifier.Identifier.ValueText;
            }
        }

        return null;
    }

    // txtCardNum, lblCvv, tbCardNumber: a control prefix followed by the capitalised rest of the name.
    private static bool HasControlPrefix(string name)
    {
        foreach (string prefix in ControlPrefixes)
        {
            if (name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal) && char.IsUpper(name[prefix.Length]))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ControlPrefixes = { "txt", "tb", "lbl" };

    /// <summary><c>txtCcv</c> → <c>Ccv</c>: the name without its control prefix, to be read as a member's name.</summary>
    public static string WithoutControlPrefix(string name)
    {
        foreach (string prefix in ControlPrefixes)
        {
            if (name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.Ordinal) && char.IsUpper(name[prefix.Length]))
            {
                return name.Substring(prefix.Length);
            }
        }

        return name;
    }
}
