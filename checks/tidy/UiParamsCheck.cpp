#include "UiParamsCheck.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <sstream>

namespace clang::tidy::taskgroup {

namespace {

// ---- CSS colours (CSS Color Module Level 4) ----

/// A parsed colour: sRGB channels and alpha in [0, 1]. `Known` is false for
/// `currentcolor` and for arguments computed by nested functions (`calc()`,
/// `var()`): valid, but their value depends on the page.
struct Colour {
  bool Valid = false;
  bool Known = false;
  double R = 0, G = 0, B = 0, A = 1;

  static Colour rgb(double R, double G, double B, double A = 1) {
    return {true, true, R, G, B, A};
  }
  static Colour validUnknown() { return {true, false, 0, 0, 0, 1}; }
  bool opaque() const { return Valid && Known && A >= 1; }
};

constexpr StringRef CssBlanks = " \t\n\r\f";

/// The CSS named colours, lower case, as 0xRRGGBB. `transparent` and
/// `currentcolor` are handled apart.
std::optional<std::uint32_t> namedColour(StringRef Lower) {
  static const std::pair<StringRef, std::uint32_t> Names[] = {
      {"aliceblue", 0xf0f8ff},
      {"antiquewhite", 0xfaebd7},
      {"aqua", 0x00ffff},
      {"aquamarine", 0x7fffd4},
      {"azure", 0xf0ffff},
      {"beige", 0xf5f5dc},
      {"bisque", 0xffe4c4},
      {"black", 0x000000},
      {"blanchedalmond", 0xffebcd},
      {"blue", 0x0000ff},
      {"blueviolet", 0x8a2be2},
      {"brown", 0xa52a2a},
      {"burlywood", 0xdeb887},
      {"cadetblue", 0x5f9ea0},
      {"chartreuse", 0x7fff00},
      {"chocolate", 0xd2691e},
      {"coral", 0xff7f50},
      {"cornflowerblue", 0x6495ed},
      {"cornsilk", 0xfff8dc},
      {"crimson", 0xdc143c},
      {"cyan", 0x00ffff},
      {"darkblue", 0x00008b},
      {"darkcyan", 0x008b8b},
      {"darkgoldenrod", 0xb8860b},
      {"darkgray", 0xa9a9a9},
      {"darkgreen", 0x006400},
      {"darkgrey", 0xa9a9a9},
      {"darkkhaki", 0xbdb76b},
      {"darkmagenta", 0x8b008b},
      {"darkolivegreen", 0x556b2f},
      {"darkorange", 0xff8c00},
      {"darkorchid", 0x9932cc},
      {"darkred", 0x8b0000},
      {"darksalmon", 0xe9967a},
      {"darkseagreen", 0x8fbc8f},
      {"darkslateblue", 0x483d8b},
      {"darkslategray", 0x2f4f4f},
      {"darkslategrey", 0x2f4f4f},
      {"darkturquoise", 0x00ced1},
      {"darkviolet", 0x9400d3},
      {"deeppink", 0xff1493},
      {"deepskyblue", 0x00bfff},
      {"dimgray", 0x696969},
      {"dimgrey", 0x696969},
      {"dodgerblue", 0x1e90ff},
      {"firebrick", 0xb22222},
      {"floralwhite", 0xfffaf0},
      {"forestgreen", 0x228b22},
      {"fuchsia", 0xff00ff},
      {"gainsboro", 0xdcdcdc},
      {"ghostwhite", 0xf8f8ff},
      {"gold", 0xffd700},
      {"goldenrod", 0xdaa520},
      {"gray", 0x808080},
      {"green", 0x008000},
      {"greenyellow", 0xadff2f},
      {"grey", 0x808080},
      {"honeydew", 0xf0fff0},
      {"hotpink", 0xff69b4},
      {"indianred", 0xcd5c5c},
      {"indigo", 0x4b0082},
      {"ivory", 0xfffff0},
      {"khaki", 0xf0e68c},
      {"lavender", 0xe6e6fa},
      {"lavenderblush", 0xfff0f5},
      {"lawngreen", 0x7cfc00},
      {"lemonchiffon", 0xfffacd},
      {"lightblue", 0xadd8e6},
      {"lightcoral", 0xf08080},
      {"lightcyan", 0xe0ffff},
      {"lightgoldenrodyellow", 0xfafad2},
      {"lightgray", 0xd3d3d3},
      {"lightgreen", 0x90ee90},
      {"lightgrey", 0xd3d3d3},
      {"lightpink", 0xffb6c1},
      {"lightsalmon", 0xffa07a},
      {"lightseagreen", 0x20b2aa},
      {"lightskyblue", 0x87cefa},
      {"lightslategray", 0x778899},
      {"lightslategrey", 0x778899},
      {"lightsteelblue", 0xb0c4de},
      {"lightyellow", 0xffffe0},
      {"lime", 0x00ff00},
      {"limegreen", 0x32cd32},
      {"linen", 0xfaf0e6},
      {"magenta", 0xff00ff},
      {"maroon", 0x800000},
      {"mediumaquamarine", 0x66cdaa},
      {"mediumblue", 0x0000cd},
      {"mediumorchid", 0xba55d3},
      {"mediumpurple", 0x9370db},
      {"mediumseagreen", 0x3cb371},
      {"mediumslateblue", 0x7b68ee},
      {"mediumspringgreen", 0x00fa9a},
      {"mediumturquoise", 0x48d1cc},
      {"mediumvioletred", 0xc71585},
      {"midnightblue", 0x191970},
      {"mintcream", 0xf5fffa},
      {"mistyrose", 0xffe4e1},
      {"moccasin", 0xffe4b5},
      {"navajowhite", 0xffdead},
      {"navy", 0x000080},
      {"oldlace", 0xfdf5e6},
      {"olive", 0x808000},
      {"olivedrab", 0x6b8e23},
      {"orange", 0xffa500},
      {"orangered", 0xff4500},
      {"orchid", 0xda70d6},
      {"palegoldenrod", 0xeee8aa},
      {"palegreen", 0x98fb98},
      {"paleturquoise", 0xafeeee},
      {"palevioletred", 0xdb7093},
      {"papayawhip", 0xffefd5},
      {"peachpuff", 0xffdab9},
      {"peru", 0xcd853f},
      {"pink", 0xffc0cb},
      {"plum", 0xdda0dd},
      {"powderblue", 0xb0e0e6},
      {"purple", 0x800080},
      {"rebeccapurple", 0x663399},
      {"red", 0xff0000},
      {"rosybrown", 0xbc8f8f},
      {"royalblue", 0x4169e1},
      {"saddlebrown", 0x8b4513},
      {"salmon", 0xfa8072},
      {"sandybrown", 0xf4a460},
      {"seagreen", 0x2e8b57},
      {"seashell", 0xfff5ee},
      {"sienna", 0xa0522d},
      {"silver", 0xc0c0c0},
      {"skyblue", 0x87ceeb},
      {"slateblue", 0x6a5acd},
      {"slategray", 0x708090},
      {"slategrey", 0x708090},
      {"snow", 0xfffafa},
      {"springgreen", 0x00ff7f},
      {"steelblue", 0x4682b4},
      {"tan", 0xd2b48c},
      {"teal", 0x008080},
      {"thistle", 0xd8bfd8},
      {"tomato", 0xff6347},
      {"turquoise", 0x40e0d0},
      {"violet", 0xee82ee},
      {"wheat", 0xf5deb3},
      {"white", 0xffffff},
      {"whitesmoke", 0xf5f5f5},
      {"yellow", 0xffff00},
      {"yellowgreen", 0x9acd32},
  };
  static_assert(std::size(Names) == 148, "CSS Color 4 has 148 named colours");
  for (const auto &[Name, Value] : Names)
    if (Name == Lower)
      return Value;
  return std::nullopt;
}

/// CSS Color 4's system colours: valid, but their value depends on the user's
/// settings.
bool isSystemColour(StringRef Lower) {
  return llvm::is_contained(
      {"accentcolor", "accentcolortext", "activetext", "buttonborder",
       "buttonface", "buttontext", "canvas", "canvastext", "field", "fieldtext",
       "graytext", "highlight", "highlighttext", "linktext", "mark", "marktext",
       "selecteditem", "selecteditemtext", "visitedtext"},
      Lower);
}

Colour fromHexValue(std::uint32_t V) {
  return Colour::rgb(((V >> 16) & 0xff) / 255.0, ((V >> 8) & 0xff) / 255.0,
                     (V & 0xff) / 255.0);
}

bool allHexDigits(StringRef S) {
  return !S.empty() && llvm::all_of(S, llvm::isHexDigit);
}

/// `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa` without the `#`.
Colour parseHex(StringRef Digits) {
  if (!allHexDigits(Digits))
    return {};
  auto Channel = [&](unsigned I) {
    unsigned Value = 0;
    if (Digits.size() <= 4)
      Value = llvm::hexDigitValue(Digits[I]) * 17;
    else
      Value = llvm::hexDigitValue(Digits[2 * I]) * 16 +
              llvm::hexDigitValue(Digits[2 * I + 1]);
    return Value / 255.0;
  };
  switch (Digits.size()) {
  case 3:
  case 6:
    return Colour::rgb(Channel(0), Channel(1), Channel(2));
  case 4:
  case 8:
    return Colour::rgb(Channel(0), Channel(1), Channel(2), Channel(3));
  default:
    return {};
  }
}

/// One argument of a colour function: a number, a percentage, a dimension
/// (`90deg`) or `none`.
struct Argument {
  enum Kind { Number, Percent, Dimension, None } Kind = Number;
  double Value = 0;
  std::string Unit; // lower case, for a dimension
};

/// CSS's `<number>` followed by `%`, a unit or nothing; `none`. Nothing else.
std::optional<Argument> parseArgument(StringRef Text) {
  std::string Lower = Text.lower();
  if (Lower == "none") {
    Argument None;
    None.Kind = Argument::None;
    return None;
  }
  StringRef S = Lower;
  size_t I = 0;
  if (I < S.size() && (S[I] == '+' || S[I] == '-'))
    ++I;
  size_t IntDigits = 0, FracDigits = 0;
  while (I < S.size() && llvm::isDigit(S[I]))
    ++I, ++IntDigits;
  if (I < S.size() && S[I] == '.') {
    ++I;
    while (I < S.size() && llvm::isDigit(S[I]))
      ++I, ++FracDigits;
    if (FracDigits == 0)
      return std::nullopt; // `1.` is not a CSS number
  }
  if (IntDigits + FracDigits == 0)
    return std::nullopt;
  if (I + 1 < S.size() && S[I] == 'e' &&
      (llvm::isDigit(S[I + 1]) ||
       (I + 2 < S.size() && (S[I + 1] == '+' || S[I + 1] == '-') &&
        llvm::isDigit(S[I + 2])))) {
    I += 2;
    while (I < S.size() && llvm::isDigit(S[I]))
      ++I;
  }
  Argument Arg;
  Arg.Value = std::strtod(S.substr(0, I).str().c_str(), nullptr);
  StringRef Rest = S.substr(I);
  if (Rest.empty())
    Arg.Kind = Argument::Number;
  else if (Rest == "%")
    Arg.Kind = Argument::Percent;
  else if (llvm::all_of(Rest, llvm::isAlpha))
    Arg.Kind = Argument::Dimension, Arg.Unit = Rest.str();
  else
    return std::nullopt;
  return Arg;
}

double clamp01(double V) { return std::clamp(V, 0.0, 1.0); }

/// A colour channel of `rgb()`: a number in [0, 255] or a percentage (clamped,
/// as CSS does).
double rgbChannel(const Argument &A) {
  if (A.Kind == Argument::Percent)
    return clamp01(A.Value / 100);
  return A.Kind == Argument::Number ? clamp01(A.Value / 255) : 0;
}

double alphaOf(const Argument &A) {
  if (A.Kind == Argument::Percent)
    return clamp01(A.Value / 100);
  return A.Kind == Argument::Number ? clamp01(A.Value) : 0;
}

/// A hue in degrees, or nothing for a dimension that is not an angle.
std::optional<double> hueDegrees(const Argument &A) {
  if (A.Kind == Argument::None)
    return 0.0;
  if (A.Kind == Argument::Number)
    return A.Value;
  if (A.Kind != Argument::Dimension)
    return std::nullopt;
  if (A.Unit == "deg")
    return A.Value;
  if (A.Unit == "grad")
    return A.Value * 0.9;
  if (A.Unit == "rad")
    return A.Value * 180 / 3.14159265358979323846;
  if (A.Unit == "turn")
    return A.Value * 360;
  return std::nullopt;
}

/// CSS Color 4's `hslToRgb`.
Colour fromHsl(double Hue, double Saturation, double Lightness, double Alpha) {
  Hue = std::fmod(Hue, 360);
  if (Hue < 0)
    Hue += 360;
  auto F = [&](double N) {
    double K = std::fmod(N + Hue / 30, 12);
    double A = Saturation * std::min(Lightness, 1 - Lightness);
    return Lightness - A * std::max(-1.0, std::min({K - 3, 9 - K, 1.0}));
  };
  return Colour::rgb(F(0), F(8), F(4), Alpha);
}

SmallVector<StringRef, 4> splitTrimmed(StringRef S, char Separator) {
  SmallVector<StringRef, 4> Parts;
  S.split(Parts, Separator);
  for (StringRef &P : Parts)
    P = P.trim(CssBlanks);
  return Parts;
}

/// The arguments of `rgb()`/`hsl()` in the legacy (commas) or modern (blanks,
/// `/ alpha`) syntax; nothing when they do not follow either.
std::optional<SmallVector<Argument, 4>> functionArguments(StringRef Args,
                                                          bool &Legacy) {
  SmallVector<StringRef, 4> Texts;
  Legacy = Args.contains(',');
  if (Legacy) {
    Texts = splitTrimmed(Args, ',');
    if (Args.contains('/') || Texts.size() < 3 || Texts.size() > 4)
      return std::nullopt;
  } else {
    SmallVector<StringRef, 4> Halves = splitTrimmed(Args, '/');
    if (Halves.size() > 2 || (Halves.size() == 2 && Halves[1].empty()))
      return std::nullopt;
    llvm::SplitString(Halves[0], Texts, CssBlanks);
    if (Texts.size() != 3)
      return std::nullopt;
    if (Halves.size() == 2)
      Texts.push_back(Halves[1]);
  }
  SmallVector<Argument, 4> Out;
  for (StringRef T : Texts) {
    std::optional<Argument> A = parseArgument(T);
    if (!A || (Legacy && A->Kind == Argument::None))
      return std::nullopt;
    Out.push_back(*A);
  }
  return Out;
}

Colour parseRgb(ArrayRef<Argument> Args, bool Legacy) {
  // The legacy syntax takes three numbers or three percentages, not a mix.
  for (unsigned I = 0; I < 3; ++I)
    if (Args[I].Kind == Argument::Dimension ||
        (Legacy && Args[I].Kind != Args[0].Kind))
      return {};
  if (Args.size() == 4 && Args[3].Kind == Argument::Dimension)
    return {};
  return Colour::rgb(rgbChannel(Args[0]), rgbChannel(Args[1]),
                     rgbChannel(Args[2]),
                     Args.size() == 4 ? alphaOf(Args[3]) : 1);
}

Colour parseHsl(ArrayRef<Argument> Args, bool Legacy) {
  std::optional<double> Hue = hueDegrees(Args[0]);
  if (!Hue)
    return {};
  double Fractions[2];
  for (unsigned I = 1; I < 3; ++I) {
    const Argument &A = Args[I];
    if (A.Kind == Argument::Dimension ||
        (Legacy && A.Kind != Argument::Percent))
      return {};
    Fractions[I - 1] = A.Kind == Argument::None ? 0 : clamp01(A.Value / 100);
  }
  if (Args.size() == 4 && Args[3].Kind == Argument::Dimension)
    return {};
  return fromHsl(*Hue, Fractions[0], Fractions[1],
                 Args.size() == 4 ? alphaOf(Args[3]) : 1);
}

/// `rgb()`, `rgba()`, `hsl()`, `hsla()` (names in any case, no blank before the
/// parenthesis).
Colour parseFunction(StringRef Text) {
  size_t Open = Text.find('(');
  if (Open == StringRef::npos || !Text.ends_with(")"))
    return {};
  std::string Name = Text.substr(0, Open).lower();
  bool Rgb = Name == "rgb" || Name == "rgba";
  bool Hsl = Name == "hsl" || Name == "hsla";
  StringRef Args = Text.slice(Open + 1, Text.size() - 1).trim(CssBlanks);
  // The other colour functions of CSS Color 4 and 5: valid, not computed here.
  if (!Rgb && !Hsl)
    return llvm::is_contained({"hwb", "lab", "lch", "oklab", "oklch", "color",
                               "color-mix", "light-dark"},
                              Name) &&
                   !Args.empty() && Args.count('(') == Args.count(')')
               ? Colour::validUnknown()
               : Colour{};
  // `calc()`, `var()`, ...: valid CSS whose value the check does not compute.
  if (Args.contains('(') && Args.count('(') == Args.count(')'))
    return Colour::validUnknown();
  bool Legacy = false;
  std::optional<SmallVector<Argument, 4>> Parsed =
      functionArguments(Args, Legacy);
  if (!Parsed)
    return {};
  return Rgb ? parseRgb(*Parsed, Legacy) : parseHsl(*Parsed, Legacy);
}

/// The colour `Text` means in CSS, exactly as written (no surrounding blanks).
Colour parseColour(StringRef Text) {
  if (Text.empty() || Text.find_first_of(CssBlanks) == 0 ||
      Text.find_last_of(CssBlanks) == Text.size() - 1)
    return {};
  std::string Lower = Text.lower();
  if (Lower[0] == '#')
    return parseHex(StringRef(Lower).drop_front());
  if (Lower == "transparent")
    return Colour::rgb(0, 0, 0, 0);
  if (Lower == "currentcolor" || isSystemColour(Lower))
    return Colour::validUnknown();
  if (std::optional<std::uint32_t> Named = namedColour(Lower))
    return fromHexValue(*Named);
  return parseFunction(Text);
}

/// The fix-it's rule: an invalid spelling becomes valid by dropping surrounding
/// blanks and adding a missing `#` before 3 or 6 hex digits. Anything else is
/// not guessed at.
std::optional<std::string> normalised(StringRef Text) {
  StringRef Trimmed = Text.trim(CssBlanks);
  if (Trimmed.size() != Text.size() && parseColour(Trimmed).Valid)
    return Trimmed.str();
  if ((Trimmed.size() == 3 || Trimmed.size() == 6) && allHexDigits(Trimmed))
    return "#" + Trimmed.str();
  return std::nullopt;
}

/// WCAG 2.x relative luminance of an sRGB colour.
double luminance(const Colour &C) {
  auto Linear = [](double V) {
    return V <= 0.04045 ? V / 12.92 : std::pow((V + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * Linear(C.R) + 0.7152 * Linear(C.G) + 0.0722 * Linear(C.B);
}

double contrastRatio(const Colour &A, const Colour &B) {
  double LA = luminance(A), LB = luminance(B);
  return (std::max(LA, LB) + 0.05) / (std::min(LA, LB) + 0.05);
}

/// A ratio for a message, rounded down so that a failing ratio never shows as
/// the threshold.
std::string ratioText(double Ratio) {
  std::ostringstream Out;
  Out.setf(std::ios::fixed);
  Out.precision(2);
  Out << std::floor(Ratio * 100) / 100;
  return Out.str();
}

/// `Value` for a message: control characters (a tab in the literal) spelled as
/// escapes.
std::string printable(StringRef Value) {
  std::string Out;
  for (char C : Value) {
    if (C == '\t')
      Out += "\\t";
    else if (C == '\n')
      Out += "\\n";
    else if (llvm::isPrint(C) || static_cast<unsigned char>(C) >= 0x80)
      Out += C;
    else
      Out += "\\x" + llvm::utohexstr(static_cast<unsigned char>(C),
                                     /*LowerCase=*/true, 2);
  }
  return Out;
}

// ---- where a colour is spelled ----

/// The `taskgroup.*` annotation of a function or of the template it comes from.
StringRef annotationOf(const FunctionDecl *FD) {
  for (int Step = 0; FD && Step < 4; ++Step) {
    for (const auto *A : FD->specific_attrs<AnnotateAttr>())
      if (A->getAnnotation().starts_with("taskgroup."))
        return A->getAnnotation();
    if (const FunctionTemplateDecl *Primary = FD->getPrimaryTemplate())
      FD = Primary->getTemplatedDecl();
    else if (const FunctionDecl *Member =
                 FD->getInstantiatedFromMemberFunction())
      FD = Member;
    else
      break;
  }
  return {};
}

/// Looks through what lies between a written value and the object it
/// initialises: implicit conversions, temporaries, `std::move`, and
/// one-argument constructions (`std::string` from a literal, `std::optional`
/// from a string, a copy of an options object).
const Expr *peel(const Expr *E) {
  for (int Depth = 0; E && Depth < 16; ++Depth) {
    E = E->IgnoreImplicit()->IgnoreParens();
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
      unsigned Written = Construct->getNumArgs();
      while (Written > 0 &&
             isa<CXXDefaultArgExpr>(Construct->getArg(Written - 1)))
        --Written;
      if (Written != 1 || isa<CXXTemporaryObjectExpr>(Construct))
        return E;
      E = Construct->getArg(0);
    } else if (const auto *Cast = dyn_cast<CXXFunctionalCastExpr>(E)) {
      E = Cast->getSubExpr();
    } else if (const auto *Call = dyn_cast<CallExpr>(E);
               Call && Call->isCallToStdMove()) {
      E = Call->getArg(0);
    } else {
      return E;
    }
  }
  return E;
}

/// True for `tg::GroupOptions` and `tg::GroupOverride`: the records that carry
/// colours.
bool carriesColours(QualType Type) {
  const RecordDecl *Record = Type.getNonReferenceType()->getAsRecordDecl();
  if (!Record)
    return false;
  return llvm::any_of(Record->fields(), [](const FieldDecl *F) {
    return F->getName() == "ui_color";
  });
}

/// What an options object says about one of its fields.
struct FieldSpelling {
  enum { NotWritten, Literal, Other } How = Other;
  const StringLiteral *Lit = nullptr;
};

/// How `Field` is given in the options expression `Options`: a designated
/// initializer, through a local options variable's initializer.
FieldSpelling fieldIn(const Expr *Options, StringRef Field, int Depth = 0) {
  const Expr *E = peel(Options);
  if (const auto *Ref = dyn_cast_or_null<DeclRefExpr>(E)) {
    const auto *Var = dyn_cast<VarDecl>(Ref->getDecl());
    if (Var && Var->hasLocalStorage() && Var->getInit() && Depth < 4)
      return fieldIn(Var->getInit(), Field, Depth + 1);
    return {};
  }
  const auto *Init = dyn_cast_or_null<InitListExpr>(E);
  if (!Init)
    return {};
  if (Init->isSyntacticForm() && Init->getSemanticForm())
    Init = Init->getSemanticForm();
  const RecordDecl *Record = Init->getType()->getAsRecordDecl();
  if (!Record)
    return {};
  for (const FieldDecl *F : Record->fields()) {
    if (F->getName() != Field)
      continue;
    unsigned Index = F->getFieldIndex();
    const Expr *Value =
        Index < Init->getNumInits() ? Init->getInit(Index) : nullptr;
    if (!Value || isa<CXXDefaultInitExpr, ImplicitValueInitExpr>(Value))
      return {FieldSpelling::NotWritten, nullptr};
    if (const auto *Lit = dyn_cast_or_null<StringLiteral>(peel(Value)))
      return {FieldSpelling::Literal, Lit};
    return {};
  }
  return {};
}

/// The options expressions that decide a group's colours, the one that wins
/// first: the options argument of `group(...)`; for a `tg::task_group` factory,
/// the `.override(...)` arguments from the outermost in, then the options of
/// `tg::task_group(...)` itself.
void collectOptions(const Expr *E, SmallVectorImpl<const Expr *> &Out,
                    int Depth = 0) {
  E = peel(E);
  if (!E || Depth > 8)
    return;
  if (const auto *Ref =
          dyn_cast<DeclRefExpr>(E)) { // a factory held in a variable
    if (const auto *Var = dyn_cast<VarDecl>(Ref->getDecl()))
      if (const VarDecl *Def = Var->getDefinition(); Def && Def->getInit())
        collectOptions(Def->getInit(), Out, Depth + 1);
    return;
  }
  const auto *Call = dyn_cast<CallExpr>(E);
  if (!Call)
    return;
  const Expr *Object = nullptr;
  unsigned FirstArg = 0;
  if (const auto *Member = dyn_cast<CXXMemberCallExpr>(Call)) {
    Object = Member->getImplicitObjectArgument();
  } else if (const auto *Operator = dyn_cast<CXXOperatorCallExpr>(Call);
             Operator && Operator->getNumArgs() > 0) {
    Object = Operator->getArg(0);
    FirstArg = 1;
  }
  for (unsigned I = FirstArg; I < Call->getNumArgs(); ++I)
    if (carriesColours(Call->getArg(I)->getType()))
      Out.push_back(Call->getArg(I));
  // Only a factory's own calls lead on to where it was made; a group handle
  // does not.
  if (annotationOf(Call->getDirectCallee()).starts_with("taskgroup.decorator."))
    collectOptions(Object, Out, Depth + 1);
}

const char *const DefaultFill = "CornflowerBlue";
const char *const DefaultText = "#000";

} // namespace

UiParamsCheck::UiParamsCheck(StringRef Name, ClangTidyContext *Context)
    : TaskGroupCheck(Name, Context),
      MinContrastText(Options.get("MinContrast", "4.5").str()),
      MinContrast([&] {
        double Value = 4.5;
        if (StringRef(MinContrastText).getAsDouble(Value) || Value < 1 ||
            Value > 21) {
          configurationDiag(
              "invalid value '%0' for option 'MinContrast' of check '%1': "
              "expected a ratio between 1 and 21; using 4.5")
              << MinContrastText << Name;
          return 4.5;
        }
        return Value;
      }()),
      CheckMissingTooltip(Options.get("CheckMissingTooltip", false)) {}

void UiParamsCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "MinContrast", MinContrastText);
  Options.store(Opts, "CheckMissingTooltip", CheckMissingTooltip);
}

void UiParamsCheck::checkModel(const tgmodel::Model &Model) {
  Reported.clear();
  for (const tgmodel::DagModel &Dag : Model.dags)
    for (int G = 1; G < static_cast<int>(Dag.state.groups.size()); ++G) {
      const NodeAt Group{Dag, {true, G}};
      const tg::GroupOptions &Options = Dag.state.groups[G].options;
      checkSpelling(Group, "ui_color", Options.ui_color);
      checkSpelling(Group, "ui_fgcolor", Options.ui_fgcolor);
      checkContrast(Group);
      if (CheckMissingTooltip)
        checkTooltip(Group);
    }
}

bool UiParamsCheck::firstAt(SourceLocation Loc, StringRef Kind) {
  return Loc.isValid() &&
         Reported.insert({Loc.getRawEncoding(), Kind.str()}).second;
}

UiParamsCheck::ColourSite
UiParamsCheck::siteOf(const NodeAt &Group, StringRef Field,
                      const std::string &Value) const {
  ColourSite Site;
  SmallVector<const Expr *, 4> Candidates;
  collectOptions(static_cast<const Expr *>(Group.info().call_expr), Candidates);
  for (const Expr *Options : Candidates) {
    FieldSpelling Spelling = fieldIn(Options, Field);
    if (Spelling.How == FieldSpelling::NotWritten)
      continue;
    const StringLiteral *Lit = Spelling.Lit;
    // The literal must spell the value the model has: options changed later, or
    // built from parts, are not edited.
    if (Spelling.How != FieldSpelling::Literal || !Lit->isOrdinary() ||
        Lit->getNumConcatenated() != 1 || Lit->getString() != Value)
      break;
    Site.Literal = Lit;
    if (Lit->getBeginLoc().isMacroID())
      Site.Refusal = "the colour is spelled in a macro";
    else if (!sources().isInMainFile(Lit->getBeginLoc()))
      Site.Refusal = "the colour is spelled in a header";
    return Site;
  }
  Site.Refusal =
      "the colour is not a string literal written at the group's creation";
  return Site;
}

void UiParamsCheck::checkSpelling(const NodeAt &Group, StringRef Field,
                                  const std::string &Value) {
  if (tgmodel::is_pattern(Value) || parseColour(Value).Valid)
    return;
  ColourSite Site = siteOf(Group, Field, Value);
  const bool Editable = Site.Literal && Site.Refusal.empty();
  SourceLocation Loc =
      Editable ? Site.Literal->getBeginLoc() : where(Group.info());
  if (!firstAt(Loc, Field))
    return;
  std::optional<std::string> Fixed = normalised(Value);
  {
    auto D =
        diag(
            Loc,
            "%0 '%1' of group '%2' is not a CSS colour: browsers ignore it and "
            "the "
            "graph view falls back to its own colour%select{|; cannot be fixed "
            "automatically: %4}3")
        << Field << printable(Value) << Group.id() << (Fixed && !Editable)
        << Site.Refusal;
    if (Fixed && Editable)
      D << FixItHint::CreateReplacement(Site.Literal->getSourceRange(),
                                        "\"" + *Fixed + "\"");
  }
  if (Fixed && Editable)
    diag(Loc, "written as '%0'", DiagnosticIDs::Note) << printable(*Fixed);
  noteOrigin(Group);
}

void UiParamsCheck::checkContrast(const NodeAt &Group) {
  const tg::GroupOptions &Options =
      Group.Dag.state.groups[Group.Node.index].options;
  const bool FillSet = Options.ui_color != DefaultFill;
  const bool TextSet = Options.ui_fgcolor != DefaultText;
  if (!FillSet && !TextSet) // the library's defaults: the program chose nothing
    return;
  Colour Fill = parseColour(Options.ui_color),
         Text = parseColour(Options.ui_fgcolor);
  if (!Fill.opaque() || !Text.opaque())
    return;
  double Ratio = contrastRatio(Fill, Text);
  if (Ratio >= MinContrast)
    return;
  // The colour the program wrote (the text colour when it wrote both) carries
  // the warning.
  StringRef Field = TextSet ? "ui_fgcolor" : "ui_color";
  ColourSite Site =
      siteOf(Group, Field, TextSet ? Options.ui_fgcolor : Options.ui_color);
  const bool AtLiteral = Site.Literal && Site.Refusal.empty();
  SourceLocation Loc =
      AtLiteral ? Site.Literal->getBeginLoc() : where(Group.info());
  if (!firstAt(Loc, "contrast"))
    return;
  diag(Loc, "text colour '%0' on fill '%1' of group '%2' has a contrast ratio "
            "of %3:1, below "
            "%4:1 (WCAG): the group's label is hard to read in the graph view")
      << Options.ui_fgcolor << Options.ui_color << Group.id()
      << ratioText(Ratio) << MinContrastText;
  if (FillSet && TextSet) {
    ColourSite FillSite = siteOf(Group, "ui_color", Options.ui_color);
    if (FillSite.Literal && FillSite.Refusal.empty())
      diag(FillSite.Literal->getBeginLoc(), "fill colour set here",
           DiagnosticIDs::Note);
  } else {
    diag(where(Group.info()),
         "%select{ui_color|ui_fgcolor}0 is the library's default '%1'",
         DiagnosticIDs::Note)
        << FillSet << (FillSet ? DefaultText : DefaultFill);
  }
  noteOrigin(Group);
}

void UiParamsCheck::checkTooltip(const NodeAt &Group) {
  // A group no call created is the symbolic parent an uncalled factory is
  // analysed under: it stands for the caller's group, not for a group of a DAG.
  if (Group.parent() != 0 || !Group.info().call_expr ||
      !Group.Dag.state.groups[Group.Node.index].options.tooltip.empty())
    return;
  SourceLocation Loc = where(Group.info());
  if (!firstAt(Loc, "tooltip"))
    return;
  diag(Loc, "top-level group '%0' has no tooltip: the collapsed group in the "
            "graph view does "
            "not say what it holds")
      << Group.id();
  noteOrigin(Group);
}

} // namespace clang::tidy::taskgroup
