// Package ui is Kotoutus's desktop interface built with Fyne: the programme
// list, the step sidebar and step pages, and the dialogs around them. It edits
// programmes through programme.Session and never touches the database itself.
package ui
