package programme_test

import (
	"errors"
	"reflect"
	"testing"

	"fi.kotoutus/kotoutus/programme"
)

func TestSnapshotTakeListLoad(t *testing.T) {
	s, _ := openStore(t)
	p := rich()
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	first, err := s.TakeSnapshot(p.ID, "  Lähetetty lautakunnalle 3.2. ", programme.ReasonManual)
	if err != nil {
		t.Fatal(err)
	}
	if first.Name != "Lähetetty lautakunnalle 3.2." || first.Title != p.Title || !first.Updated.Equal(p.Updated) {
		t.Errorf("snapshot info %+v", first)
	}
	p.Title = "Muutettu"
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	second, err := s.TakeSnapshot(p.ID, "", programme.ReasonBeforeImport)
	if err != nil {
		t.Fatal(err)
	}
	list, err := s.Snapshots(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].Key != second.Key || list[1].Key != first.Key {
		t.Fatalf("snapshots %+v, want newest first", list)
	}
	old, err := s.LoadSnapshot(p.ID, first.Key)
	if err != nil {
		t.Fatal(err)
	}
	if old.Title != "Kotouttamisohjelma 2026–2029" {
		t.Errorf("snapshot title %q", old.Title)
	}
	if _, err := s.LoadSnapshot(p.ID, "nope"); !errors.Is(err, programme.ErrSnapshotNotFound) {
		t.Errorf("missing snapshot: %v", err)
	}
	if _, err := s.TakeSnapshot("nope", "", programme.ReasonManual); !errors.Is(err, programme.ErrNotFound) {
		t.Errorf("snapshot of missing programme: %v", err)
	}
	if _, err := s.Snapshots("nope"); !errors.Is(err, programme.ErrNotFound) {
		t.Errorf("snapshots of missing programme: %v", err)
	}
}

func TestSnapshotRestoreBringsBackTheExactState(t *testing.T) {
	s, path := openStore(t)
	p := rich()
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	snap, err := s.TakeSnapshot(p.ID, "Valtuuston hyväksymä", programme.ReasonManual)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := s.Load(p.ID)

	edited := want.Clone()
	edited.Goals = edited.Goals[:1]
	edited.EditItem("goals.themes").Done = true
	edited.Document.Sections[0].Draft = "Kokonaan uusi teksti"
	if _, err := edited.AddComment("step:goals", "Matti", "Poistin tavoitteen", t0); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(edited); err != nil {
		t.Fatal(err)
	}

	before, restored, err := s.RestoreSnapshot(p.ID, snap.Key)
	if err != nil {
		t.Fatal(err)
	}
	if before.Reason != programme.ReasonBeforeRestore {
		t.Errorf("automatic snapshot reason %q", before.Reason)
	}
	// Reopen the file: the restore must be on disk, not only in memory.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := programme.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	got, err := s2.Load(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, restored) {
		t.Error("restore returned a different programme from the one stored")
	}
	if !got.Updated.After(want.Updated) {
		t.Error("restore did not set the save time")
	}
	got.Updated = want.Updated
	if !reflect.DeepEqual(got, want) {
		t.Errorf("restored programme differs from the snapshot: %v", changeKeys(programme.Compare(want, got)))
	}
	kept, err := s2.LoadSnapshot(p.ID, before.Key)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(kept, edited) {
		t.Errorf("the state before the restore was not kept: %v", changeKeys(programme.Compare(edited, kept)))
	}
	list, _ := s2.Snapshots(p.ID)
	if len(list) != 2 {
		t.Errorf("snapshots after restore: %d, want 2", len(list))
	}
	if _, _, err := s2.RestoreSnapshot(p.ID, "nope"); !errors.Is(err, programme.ErrSnapshotNotFound) {
		t.Errorf("restore of missing snapshot: %v", err)
	}
}

func TestSnapshotRenameDelete(t *testing.T) {
	s, _ := openStore(t)
	p := rich()
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	snap, _ := s.TakeSnapshot(p.ID, "Luonnos", programme.ReasonManual)
	if err := s.RenameSnapshot(p.ID, snap.Key, "Lautakunnalle"); err != nil {
		t.Fatal(err)
	}
	list, _ := s.Snapshots(p.ID)
	if len(list) != 1 || list[0].Name != "Lautakunnalle" || list[0].Reason != programme.ReasonManual {
		t.Errorf("renamed: %+v", list)
	}
	if err := s.DeleteSnapshot(p.ID, snap.Key); err != nil {
		t.Fatal(err)
	}
	if list, _ := s.Snapshots(p.ID); len(list) != 0 {
		t.Errorf("deleted snapshot still listed: %+v", list)
	}
	if err := s.DeleteSnapshot(p.ID, snap.Key); !errors.Is(err, programme.ErrSnapshotNotFound) {
		t.Errorf("deleting twice: %v", err)
	}
	if err := s.RenameSnapshot(p.ID, snap.Key, "x"); !errors.Is(err, programme.ErrSnapshotNotFound) {
		t.Errorf("renaming a deleted snapshot: %v", err)
	}
}

func TestTrashKeepsTheLastState(t *testing.T) {
	s, path := openStore(t)
	p := rich()
	if err := s.Save(p); err != nil {
		t.Fatal(err)
	}
	manual, _ := s.TakeSnapshot(p.ID, "Versio 1", programme.ReasonManual)
	want, _ := s.Load(p.ID)

	final, err := s.Trash(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if final.Reason != programme.ReasonBeforeDelete {
		t.Errorf("final snapshot reason %q", final.Reason)
	}
	// What the trash holds must be on disk.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if s, err = programme.Open(path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Load(p.ID); !errors.Is(err, programme.ErrNotFound) {
		t.Errorf("trashed programme still loads: %v", err)
	}
	if list, _ := s.List(); len(list) != 0 {
		t.Errorf("trashed programme still listed: %+v", list)
	}
	trashed, err := s.TrashedProgrammes()
	if err != nil {
		t.Fatal(err)
	}
	if len(trashed) != 1 || trashed[0].ID != p.ID || trashed[0].Title != p.Title || trashed[0].DeletedAt.IsZero() {
		t.Fatalf("trash %+v", trashed)
	}

	got, err := s.RestoreTrashed(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("restored from trash differs: %v", changeKeys(programme.Compare(want, got)))
	}
	snaps, _ := s.Snapshots(p.ID)
	if len(snaps) != 2 || snaps[1].Key != manual.Key || snaps[0].Key != final.Key {
		t.Errorf("snapshots after restoring from trash: %+v", snaps)
	}
	if trashed, _ := s.TrashedProgrammes(); len(trashed) != 0 {
		t.Errorf("trash not emptied by restore: %+v", trashed)
	}

	if _, err := s.Trash(p.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.Save(p); err != nil { // same ID created meanwhile
		t.Fatal(err)
	}
	if _, err := s.RestoreTrashed(p.ID); !errors.Is(err, programme.ErrIDInUse) {
		t.Errorf("restore over an existing ID: %v", err)
	}
	if err := s.PurgeTrashed(p.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.RestoreTrashed(p.ID); !errors.Is(err, programme.ErrNotFound) {
		t.Errorf("restore after purge: %v", err)
	}
	if _, err := s.Trash("nope"); !errors.Is(err, programme.ErrNotFound) {
		t.Errorf("trash missing programme: %v", err)
	}
}
