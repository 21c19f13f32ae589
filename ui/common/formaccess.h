#pragma once

// The one seam through which tests and benchmarks reach a widget's Designer form (its buttons,
// fields and tables by their objectName in forms/*.ui). Widgets keep form() private and befriend
// FormAccess; the application itself goes through each widget's own functions and signals.
namespace mediadesk {

class FormAccess
{
public:
    // widget: a pointer of any kind (raw, std::unique_ptr, QPointer) to a widget with a form.
    template<typename Pointer> static auto *of(const Pointer &widget) { return (*widget).form(); }
};

template<typename Pointer> auto *formOf(const Pointer &widget)
{
    return FormAccess::of(widget);
}

} // namespace mediadesk
