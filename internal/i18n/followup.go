package i18n

import (
	"errors"

	"fi.kotoutus/kotoutus/programme"
)

// DescribeCSV explains why an indicator CSV file could not be read or
// stored, in one sentence that names the line where there is one and says
// nothing was changed.
func DescribeCSV(err error) string {
	key := ""
	switch {
	case errors.Is(err, programme.ErrCSVTooLarge):
		key = "csv.tooLarge"
	case errors.Is(err, programme.ErrCSVEncoding):
		key = "csv.encoding"
	case errors.Is(err, programme.ErrCSVBinary):
		key = "csv.binary"
	case errors.Is(err, programme.ErrCSVMalformed):
		key = "csv.malformed"
	case errors.Is(err, programme.ErrCSVEmpty):
		key = "csv.empty"
	case errors.Is(err, programme.ErrCSVNoLabels):
		key = "csv.noLabels"
	case errors.Is(err, programme.ErrCSVNoYears):
		key = "csv.noYears"
	case errors.Is(err, programme.ErrBadYear):
		key = "csv.badYear"
	case errors.Is(err, programme.ErrCSVNothing):
		key = "csv.nothing"
	case errors.Is(err, programme.ErrRoundClosed):
		key = "csv.closed"
	default:
		return L("csv.failed", map[string]any{"Reason": Describe(err)})
	}
	text := L(key, map[string]any{
		"MaxMB": programme.MaxCSVBytes >> 20, "MaxRows": GroupThousands(programme.MaxCSVRows),
		"MaxColumns": programme.MaxCSVColumns, "MaxCellKB": programme.MaxCSVCellBytes >> 10,
	})
	var ce *programme.CSVError
	if errors.As(err, &ce) && ce.Line > 0 {
		text = L("csv.atLine", map[string]any{"Line": ce.Line}) + " " + text
	}
	return text
}

// MeasureStatusText names a measure's state.
func MeasureStatusText(s programme.MeasureStatus) string {
	if s == "" {
		s = programme.MeasurePlanned
	}
	return L("goals.status." + string(s))
}

// CSVSkipText says why an import row is not stored, or empty.
func CSVSkipText(s programme.CSVSkip) string {
	if s == programme.SkipNone {
		return ""
	}
	return L("csv.skip." + string(s))
}
