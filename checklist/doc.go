// Package checklist holds the official guidance for writing a municipal
// integration programme as data: templates, their steps and items, and the
// catalogues (sectors, themes, strategies, audiences) that programmes refer to.
//
// The texts live in embedded JSON under templates/, so a new revision of the
// official checklist is a content change. Step and item IDs are stored in
// users' programmes and must never change once released.
package checklist
