package programme

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Snapshots and the exchange base live in their programme's bucket, so that
// they go wherever the programme goes:
//
//	programmes/<id>/snapshots/<key>/info  JSON SnapshotInfo
//	programmes/<id>/snapshots/<key>/data  the programme's envelope, as Encode writes it
//	programmes/<id>/base                  envelope of the exchange base (see file.go)
//
// Keys sort by the time taken. A programme moved to the trash keeps the same
// layout under another top-level bucket, with a snapshot of its final state
// taken on the way, so that it can be brought back until it is purged:
//
//	deleted/<id>/...                      as programmes/<id>
//	deleted/<id>/deletedAt                RFC 3339 time
var (
	bucketDeleted = []byte("deleted")
	keySnapshots  = []byte("snapshots")
	keyInfo       = []byte("info")
	keyBase       = []byte("base")
	keyDeletedAt  = []byte("deletedAt")
)

// SnapshotReason says why a snapshot was taken.
type SnapshotReason string

// The reasons for a snapshot: the user's own, or automatic before an action
// that replaces content.
const (
	ReasonManual        SnapshotReason = "manual"
	ReasonBeforeImport  SnapshotReason = "before-import"
	ReasonBeforeMerge   SnapshotReason = "before-merge"
	ReasonBeforeRestore SnapshotReason = "before-restore"
	ReasonBeforeDelete  SnapshotReason = "before-delete"
	// ReasonBeforeUpdate is the plan as it was when a mid-period update
	// started (Session.StartUpdate).
	ReasonBeforeUpdate SnapshotReason = "before-update"
)

// SnapshotInfo describes a snapshot without its content.
type SnapshotInfo struct {
	Key string `json:"key"`
	// Name is the user's name for it ("Lähetetty lautakunnalle 3.2."),
	// empty for automatic snapshots.
	Name   string         `json:"name,omitempty"`
	Reason SnapshotReason `json:"reason"`
	Taken  time.Time      `json:"taken"`
	// Title and Updated are the programme's title and last save at the
	// time the snapshot was taken.
	Title   string    `json:"title"`
	Updated time.Time `json:"updated"`
}

// TakeSnapshot keeps the stored state of programme id under a name. Callers
// editing through a Session flush it first.
func (s *Store) TakeSnapshot(id, name string, reason SnapshotReason) (SnapshotInfo, error) {
	var info SnapshotInfo
	err := s.update(id, func(b *programmeBucket) error {
		var err error
		info, err = b.snapshot(name, reason, s.now())
		return err
	})
	if err != nil {
		return SnapshotInfo{}, fmt.Errorf("snapshot programme %s: %w", id, err)
	}
	return info, nil
}

// Snapshots lists the snapshots of programme id, newest first.
func (s *Store) Snapshots(id string) ([]SnapshotInfo, error) {
	var out []SnapshotInfo
	err := s.view(id, func(b *programmeBucket) error {
		snaps := b.b.Bucket(keySnapshots)
		if snaps == nil {
			return nil
		}
		return snaps.ForEachBucket(func(k []byte) error {
			var info SnapshotInfo
			if err := json.Unmarshal(snaps.Bucket(k).Get(keyInfo), &info); err != nil {
				return fmt.Errorf("snapshot %s: %w", k, err)
			}
			out = append(out, info)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list snapshots of %s: %w", id, err)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Key > out[j].Key })
	return out, nil
}

// LoadSnapshot returns the programme as it was in a snapshot, for viewing,
// comparing or exporting. Changing it changes nothing stored.
func (s *Store) LoadSnapshot(id, key string) (*Programme, error) {
	var p *Programme
	err := s.view(id, func(b *programmeBucket) error {
		sb, err := b.snapshotBucket(key)
		if err != nil {
			return err
		}
		p, err = Decode(sb.Get(keyData))
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("load snapshot %s of %s: %w", key, id, err)
	}
	return p, nil
}

// RestoreSnapshot makes a snapshot the current state of programme id. The
// current state is first kept in a snapshot of its own (returned), so a
// restore can itself be undone. Only the save time differs from the
// snapshot: it is the time of the restore.
func (s *Store) RestoreSnapshot(id, key string) (SnapshotInfo, *Programme, error) {
	var info SnapshotInfo
	var p *Programme
	err := s.update(id, func(b *programmeBucket) error {
		sb, err := b.snapshotBucket(key)
		if err != nil {
			return err
		}
		if p, err = Decode(sb.Get(keyData)); err != nil {
			return err
		}
		if info, err = b.snapshot("", ReasonBeforeRestore, s.now()); err != nil {
			return err
		}
		p.ID = id
		p.Updated = s.now().Truncate(time.Millisecond)
		data, err := Encode(p)
		if err != nil {
			return err
		}
		return b.write(p.Summary(), data)
	})
	if err != nil {
		return SnapshotInfo{}, nil, fmt.Errorf("restore snapshot %s of %s: %w", key, id, err)
	}
	return info, p, nil
}

// RenameSnapshot gives a snapshot a new name.
func (s *Store) RenameSnapshot(id, key, name string) error {
	err := s.update(id, func(b *programmeBucket) error {
		sb, err := b.snapshotBucket(key)
		if err != nil {
			return err
		}
		var info SnapshotInfo
		if err := json.Unmarshal(sb.Get(keyInfo), &info); err != nil {
			return err
		}
		info.Name = strings.TrimSpace(name)
		data, err := json.Marshal(info)
		if err != nil {
			return err
		}
		return sb.Put(keyInfo, data)
	})
	if err != nil {
		return fmt.Errorf("rename snapshot %s of %s: %w", key, id, err)
	}
	return nil
}

// DeleteSnapshot removes a snapshot for good.
func (s *Store) DeleteSnapshot(id, key string) error {
	err := s.update(id, func(b *programmeBucket) error {
		if _, err := b.snapshotBucket(key); err != nil {
			return err
		}
		return b.b.Bucket(keySnapshots).DeleteBucket([]byte(key))
	})
	if err != nil {
		return fmt.Errorf("delete snapshot %s of %s: %w", key, id, err)
	}
	return nil
}

// Trashed is a programme in the trash.
type Trashed struct {
	Summary
	DeletedAt time.Time `json:"deletedAt"`
}

// Trash deletes programme id so that it can still be brought back: the
// programme, its snapshots and a snapshot of its final state (returned)
// move to the trash. A programme of the same ID already in the trash, from
// an earlier deletion, is replaced.
func (s *Store) Trash(id string) (SnapshotInfo, error) {
	var info SnapshotInfo
	err := s.updateTx(func(tx *bolt.Tx) error {
		progs := tx.Bucket(bucketProgrammes)
		b := progs.Bucket([]byte(id))
		if b == nil {
			return ErrNotFound
		}
		trash, err := tx.CreateBucketIfNotExists(bucketDeleted)
		if err != nil {
			return err
		}
		if trash.Bucket([]byte(id)) != nil {
			if err := trash.DeleteBucket([]byte(id)); err != nil {
				return err
			}
		}
		// Move first: bbolt moves a bucket as last committed, dropping
		// writes made to it earlier in the same transaction.
		if err := tx.MoveBucket([]byte(id), progs, trash); err != nil {
			return err
		}
		b = trash.Bucket([]byte(id))
		pb := &programmeBucket{b: b, id: id}
		if info, err = pb.snapshot("", ReasonBeforeDelete, s.now()); err != nil {
			return err
		}
		return b.Put(keyDeletedAt, []byte(s.now().Format(time.RFC3339Nano)))
	})
	if err != nil {
		return SnapshotInfo{}, fmt.Errorf("delete programme %s: %w", id, classify(err))
	}
	return info, nil
}

// TrashedProgrammes lists the programmes in the trash, most recently
// deleted first.
func (s *Store) TrashedProgrammes() ([]Trashed, error) {
	var out []Trashed
	err := s.viewTx(func(tx *bolt.Tx) error {
		trash := tx.Bucket(bucketDeleted)
		if trash == nil {
			return nil
		}
		return trash.ForEachBucket(func(k []byte) error {
			b := trash.Bucket(k)
			var t Trashed
			if err := json.Unmarshal(b.Get(keySummary), &t.Summary); err != nil {
				return fmt.Errorf("programme %s: %w", k, err)
			}
			t.DeletedAt, _ = time.Parse(time.RFC3339Nano, string(b.Get(keyDeletedAt)))
			out = append(out, t)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list deleted programmes: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].DeletedAt.After(out[j].DeletedAt) })
	return out, nil
}

// RestoreTrashed brings a programme back from the trash with its
// snapshots, in the state it had when deleted. It fails with ErrIDInUse
// if a programme of the same ID was created meanwhile.
func (s *Store) RestoreTrashed(id string) (*Programme, error) {
	var p *Programme
	err := s.updateTx(func(tx *bolt.Tx) error {
		trash := tx.Bucket(bucketDeleted)
		if trash == nil || trash.Bucket([]byte(id)) == nil {
			return ErrNotFound
		}
		progs := tx.Bucket(bucketProgrammes)
		if progs.Bucket([]byte(id)) != nil {
			return ErrIDInUse
		}
		var err error
		if p, err = Decode(trash.Bucket([]byte(id)).Get(keyData)); err != nil {
			return err
		}
		if err := tx.MoveBucket([]byte(id), trash, progs); err != nil {
			return err
		}
		return progs.Bucket([]byte(id)).Delete(keyDeletedAt)
	})
	if err != nil {
		return nil, fmt.Errorf("restore deleted programme %s: %w", id, classify(err))
	}
	return p, nil
}

// PurgeTrashed removes a programme from the trash for good.
func (s *Store) PurgeTrashed(id string) error {
	err := s.updateTx(func(tx *bolt.Tx) error {
		trash := tx.Bucket(bucketDeleted)
		if trash == nil || trash.Bucket([]byte(id)) == nil {
			return ErrNotFound
		}
		return trash.DeleteBucket([]byte(id))
	})
	if err != nil {
		return fmt.Errorf("purge deleted programme %s: %w", id, classify(err))
	}
	return nil
}

// programmeBucket is one programme's bucket within a transaction.
type programmeBucket struct {
	b  *bolt.Bucket
	id string
}

// update runs fn on programme id's bucket in a write transaction; an error
// rolls everything back.
func (s *Store) update(id string, fn func(*programmeBucket) error) error {
	err := s.updateTx(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketProgrammes).Bucket([]byte(id))
		if b == nil {
			return ErrNotFound
		}
		return fn(&programmeBucket{b: b, id: id})
	})
	return classify(err)
}

// view runs fn on programme id's bucket in a read transaction.
func (s *Store) view(id string, fn func(*programmeBucket) error) error {
	return s.viewTx(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketProgrammes).Bucket([]byte(id))
		if b == nil {
			return ErrNotFound
		}
		return fn(&programmeBucket{b: b, id: id})
	})
}

// programme decodes the stored programme.
func (b *programmeBucket) programme() (*Programme, error) { return Decode(b.b.Get(keyData)) }

// snapshot copies the stored programme into a new snapshot.
func (b *programmeBucket) snapshot(name string, reason SnapshotReason, now time.Time) (SnapshotInfo, error) {
	var sum Summary
	if err := json.Unmarshal(b.b.Get(keySummary), &sum); err != nil {
		return SnapshotInfo{}, fmt.Errorf("summary: %w", err)
	}
	// Values read in a transaction point into the file's memory map, which
	// a write may move; copy before writing.
	data := append([]byte(nil), b.b.Get(keyData)...)
	snaps, err := b.b.CreateBucketIfNotExists(keySnapshots)
	if err != nil {
		return SnapshotInfo{}, err
	}
	info := SnapshotInfo{
		Key:    now.UTC().Format("20060102T150405.000000000Z") + "-" + randomHex(2),
		Name:   strings.TrimSpace(name),
		Reason: reason,
		Taken:  now.UTC(),
		Title:  sum.Title, Updated: sum.Updated,
	}
	infoData, err := json.Marshal(info)
	if err != nil {
		return SnapshotInfo{}, err
	}
	sb, err := snaps.CreateBucket([]byte(info.Key))
	if err != nil {
		return SnapshotInfo{}, err
	}
	if err := sb.Put(keyInfo, infoData); err != nil {
		return SnapshotInfo{}, err
	}
	return info, sb.Put(keyData, data)
}

// snapshotBucket returns the bucket of snapshot key.
func (b *programmeBucket) snapshotBucket(key string) (*bolt.Bucket, error) {
	if snaps := b.b.Bucket(keySnapshots); snaps != nil {
		if sb := snaps.Bucket([]byte(key)); sb != nil && key != "" {
			return sb, nil
		}
	}
	return nil, ErrSnapshotNotFound
}

// write replaces the stored programme.
func (b *programmeBucket) write(sum Summary, data []byte) error {
	sumData, err := json.Marshal(sum)
	if err != nil {
		return err
	}
	if err := b.b.Put(keySummary, sumData); err != nil {
		return err
	}
	return b.b.Put(keyData, data)
}

// base returns the recorded exchange base, or nil if there is none.
func (b *programmeBucket) base() (*Programme, error) {
	data := b.b.Get(keyBase)
	if data == nil {
		return nil, nil
	}
	return Decode(data)
}

// setBase records the exchange base.
func (b *programmeBucket) setBase(data []byte) error { return b.b.Put(keyBase, data) }
