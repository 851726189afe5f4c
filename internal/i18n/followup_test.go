package i18n_test

import (
	"fmt"
	"strings"
	"testing"

	"fi.kotoutus/kotoutus/internal/i18n"
	"fi.kotoutus/kotoutus/programme"
)

func TestDescribeCSV(t *testing.T) {
	i18n.Setup("fi")
	tests := []struct {
		err  error
		want string
	}{
		{fmt.Errorf("over: %w", programme.ErrCSVTooLarge), "liian suuri"},
		{programme.ErrCSVEncoding, "UTF-8"},
		{&programme.CSVError{Line: 3, Err: programme.ErrCSVMalformed}, "Rivillä 3:"},
		{&programme.CSVError{Line: 1, Err: programme.ErrCSVNoLabels}, "kunnan"},
		{programme.ErrCSVNoYears, "vuosia"},
		{programme.ErrCSVNothing, "yhtään arvoa"},
		{programme.ErrRoundClosed, "suljettu"},
	}
	for _, tt := range tests {
		t.Run(tt.err.Error(), func(t *testing.T) {
			got := i18n.DescribeCSV(tt.err)
			if !strings.Contains(got, tt.want) || !strings.HasSuffix(got, "Ohjelmaan ei tehty muutoksia.") || strings.Contains(got, "csv.") {
				t.Errorf("DescribeCSV = %q, want a Finnish sentence with %q that says nothing changed", got, tt.want)
			}
		})
	}
}
