import { ActionIcon, Box, Group, Slider, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayToIsoDate, isoDateToDay } from '../../../../core/epi/iso-day';

// Dates come from the API, already valid; an invalid one would be NaN, as Date.parse gives.
const dayNumber = (iso: string) => isoDateToDay(iso) ?? Number.NaN;

const STEP_DAYS = 7;
const FRAME_MS = 700;

interface DatePlayerProps {
  firstDate: string;
  lastDate: string;
  date: string;
  onChange: (date: string) => void;
}

/** A date slider with play/pause: playing steps a week at a time to show the spread over time. */
export function DatePlayer({ firstDate, lastDate, date, onChange }: DatePlayerProps) {
  const { t } = useTranslation('situation');
  const [playing, setPlaying] = useState(false);
  const first = dayNumber(firstDate);
  const last = dayNumber(lastDate);
  const value = Math.min(last, Math.max(first, dayNumber(date)));

  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      if (value >= last) setPlaying(false);
      else onChange(dayToIsoDate(Math.min(last, value + STEP_DAYS)));
    }, FRAME_MS);
    return () => clearTimeout(timer);
  }, [playing, value, last, onChange]);

  // Mantine's thumb reports the day number; a screen reader should hear the date (Mantine passes no aria-valuetext).
  const sliderBox = useRef<HTMLDivElement>(null);
  const spoken = dayToIsoDate(value);
  useEffect(() => {
    sliderBox.current?.querySelector('[role=slider]')?.setAttribute('aria-valuetext', spoken);
  }, [spoken]);

  const toggle = () => {
    if (!playing && value >= last) onChange(firstDate);
    setPlaying(!playing);
  };

  return (
    <Group gap="sm" wrap="nowrap" align="center">
      <ActionIcon variant="filled" size="lg" onClick={toggle} aria-label={playing ? t('player.pause') : t('player.play')}>
        <span aria-hidden style={{ fontSize: 14 }}>{playing ? '❚❚' : '▶'}</span>
      </ActionIcon>
      <Box ref={sliderBox} style={{ flex: 1 }}>
        <Slider
          min={first}
          max={last}
          step={1}
          value={value}
          onChange={(day) => {
            setPlaying(false);
            onChange(dayToIsoDate(day));
          }}
          label={(day) => dayToIsoDate(day)}
          thumbLabel={t('player.date')}
          aria-label={t('player.date')}
        />
      </Box>
      <Text size="sm" fw={600} miw={92} aria-live="polite" data-testid="situation-date">
        {dayToIsoDate(value)}
      </Text>
    </Group>
  );
}
