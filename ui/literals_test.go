package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// textArgs names the functions and methods that put text on the screen, with
// the positions of their text arguments. A string literal in one of those
// positions bypasses the translation files.
var textArgs = map[string][]int{
	"widget.NewLabel":                {0},
	"widget.NewLabelWithStyle":       {0},
	"widget.NewButton":               {0},
	"widget.NewButtonWithIcon":       {0},
	"widget.NewCheck":                {0},
	"widget.NewHyperlink":            {0},
	"widget.NewCard":                 {0, 1},
	"widget.NewFormItem":             {0},
	"widget.NewAccordionItem":        {0},
	"widget.NewRichTextWithText":     {0},
	"widget.NewRichTextFromMarkdown": {0},
	"widget.NewToolbarAction":        {},
	"container.NewTabItem":           {0},
	"container.NewTabItemWithIcon":   {0},
	"fyne.NewMenu":                   {0},
	"fyne.NewMenuItem":               {0},
	"dialog.NewInformation":          {0, 1},
	"dialog.ShowInformation":         {0, 1},
	"dialog.NewConfirm":              {0, 1},
	"dialog.ShowConfirm":             {0, 1},
	"dialog.NewCustom":               {0, 1},
	"dialog.ShowCustom":              {0, 1},
	"dialog.NewCustomConfirm":        {0, 1, 2},
	"dialog.ShowCustomConfirm":       {0, 1, 2},
	"dialog.NewCustomWithoutButtons": {0},
	"dialog.NewForm":                 {0, 1, 2},
	"dialog.ShowForm":                {0, 1, 2},
	"widgets.NewDialog":              {0},
	".SetText":                       {0},
	".SetPlaceHolder":                {0},
	".SetTitle":                      {0},
	".SetDismissText":                {0},
	".SetConfirmText":                {0},
}

// fyneFileDialogs are Fyne's file and folder dialogs, which the app does
// not use (ui/widgets/filedialog.go).
var fyneFileDialogs = map[string]bool{
	"NewFileOpen": true, "NewFileSave": true, "ShowFileOpen": true, "ShowFileSave": true,
	"NewFolderOpen": true, "ShowFolderOpen": true,
}

// userText tells whether a literal reads as words rather than a symbol,
// digits or a layout placeholder: it has at least two letters.
func userText(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// TestNoUntranslatedLiterals scans the interface code for string literals
// handed straight to widgets and dialogs, and for Fyne's file dialogs: every visible string goes through
// lang.L and the translation files, so a literal there is an English or
// Finnish leak in the other languages.
func TestNoUntranslatedLiterals(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob("*/*.go")
	files = append(files, more...)
	fset := token.NewFileSet()
	scanned, calls := 0, 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		scanned++
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			key := "." + sel.Sel.Name
			if pkg, ok := sel.X.(*ast.Ident); ok {
				if _, known := textArgs[pkg.Name+key]; known {
					key = pkg.Name + key
				}
			}
			if pkg, ok := sel.X.(*ast.Ident); ok && pkg.Name == "dialog" && fyneFileDialogs[sel.Sel.Name] {
				t.Errorf("%s: dialog.%s shows Fyne's file dialog, whose labels are English in every language; use widgets.ShowOpenFile or widgets.ShowSaveFile",
					fset.Position(call.Pos()), sel.Sel.Name)
			}
			positions, ok := textArgs[key]
			if !ok {
				return true
			}
			calls++
			for _, i := range positions {
				if i >= len(call.Args) {
					continue
				}
				lit, ok := call.Args[i].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					continue
				}
				s, _ := strconv.Unquote(lit.Value)
				if userText(s) {
					t.Errorf("%s: %s gets the literal %s; put the text in a translation file and pass lang.L(key)",
						fset.Position(lit.Pos()), strings.TrimPrefix(key, "."), lit.Value)
				}
			}
			return true
		})
	}
	if scanned < 50 || calls < 100 {
		t.Fatalf("scanned %d files and %d calls; is the scan still looking in the right place?", scanned, calls)
	}
}
