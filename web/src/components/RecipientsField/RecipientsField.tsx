import '@mantine/dropzone/styles.css'
import { Button, Group, Select, Stack, Tabs, Text, Textarea } from '@mantine/core'
import { Dropzone, type FileRejection } from '@mantine/dropzone'
import { IconFileTypeCsv, IconUpload, IconX } from '@tabler/icons-react'
import type { CountryCode } from 'libphonenumber-js'
import { memo, useState } from 'react'
import { MAX_RECIPIENT_FILE_BYTES } from '../../../../supabase/functions/_shared/wire/limits.ts'
import { countryOptions } from './country-options.ts'

const ACCEPT = {
  'text/csv': ['.csv'],
  'text/plain': ['.csv', '.txt', '.tsv'],
  'text/tab-separated-values': ['.tsv'],
  'application/vnd.ms-excel': ['.csv'],
}

type Props = {
  source: 'file' | 'typed'
  file: File | null
  typedNumbers: string
  defaultCountry: CountryCode | null
  onSourceChange: (source: 'file' | 'typed') => void
  onFileChange: (file: File | null) => void
  onTypedNumbersChange: (text: string) => void
  onDefaultCountryChange: (country: CountryCode | null) => void
  error?: string
}

function rejectionMessage([rejection]: FileRejection[]): string {
  if (rejection?.errors.some((error) => error.code === 'file-too-large')) {
    const megabytes = (rejection.file.size / 1024 / 1024).toFixed(1)
    return `${rejection.file.name} is ${megabytes} MB; files up to 5 MB can be read.`
  }
  return 'Choose a CSV file (Excel: File → Save As → CSV UTF-8).'
}

/** Recipients from a CSV file or typed one per line, plus the default country. */
export const RecipientsField = memo(function RecipientsField(props: Props) {
  const [rejection, setRejection] = useState<string | null>(null)

  return (
    <Stack gap="sm">
      <Tabs
        keepMounted={false}
        value={props.source}
        onChange={(value) =>
          value && props.onSourceChange(value as 'file' | 'typed')
        }
      >
        <Tabs.List>
          <Tabs.Tab value="file" leftSection={<IconFileTypeCsv size={16} />}>
            Upload a CSV file
          </Tabs.Tab>
          <Tabs.Tab value="typed">Enter numbers manually</Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="file" pt="sm">
          <Dropzone
            onDrop={([dropped]) => {
              setRejection(null)
              props.onFileChange(dropped)
            }}
            onReject={(rejections) => setRejection(rejectionMessage(rejections))}
            accept={ACCEPT}
            maxSize={MAX_RECIPIENT_FILE_BYTES}
            multiple={false}
            inputProps={{ 'aria-label': 'Upload CSV' }}
          >
            <Group
              justify="center"
              gap="md"
              mih={90}
              style={{ pointerEvents: 'none' }}
            >
              <Dropzone.Accept>
                <IconUpload size={36} />
              </Dropzone.Accept>
              <Dropzone.Reject>
                <IconX size={36} />
              </Dropzone.Reject>
              <Dropzone.Idle>
                <IconFileTypeCsv size={36} />
              </Dropzone.Idle>
              <div>
                <Text fw={500}>
                  {props.file
                    ? props.file.name
                    : 'Drop a CSV file here or click to choose'}
                </Text>
                <Text size="sm" c="dimmed">
                  {props.file
                    ? 'Drop or click to use another file instead.'
                    : 'A phone_number column, plus one column per variable. Up to 5 MB.'}
                </Text>
              </div>
            </Group>
          </Dropzone>
          {props.file && (
            <Button
              variant="subtle"
              size="xs"
              mt={4}
              onClick={() => props.onFileChange(null)}
            >
              Remove file
            </Button>
          )}
          {rejection && (
            <Text c="red" size="sm" role="alert">
              {rejection}
            </Text>
          )}
        </Tabs.Panel>

        <Tabs.Panel value="typed" pt="sm">
          <Textarea
            label="Phone numbers"
            description="One number per line, in international format (+12025550101)."
            placeholder={'+12025550101\n+44 20 7946 0131'}
            autosize
            minRows={5}
            maxRows={14}
            value={props.typedNumbers}
            onChange={(event) =>
              props.onTypedNumbersChange(event.currentTarget.value)
            }
          />
        </Tabs.Panel>
      </Tabs>

      <CountrySelect
        value={props.defaultCountry}
        onChange={props.onDefaultCountryChange}
      />
      {props.error && (
        <Text c="red" size="sm" role="alert">
          {props.error}
        </Text>
      )}
    </Stack>
  )
})

type CountrySelectProps = {
  value: CountryCode | null
  onChange: (country: CountryCode | null) => void
}

// Its ~250 options stay mounted: choosing a file must not render them again.
const CountrySelect = memo(function CountrySelect({
  value,
  onChange,
}: CountrySelectProps) {
  return (
    <Select
      label="Default country"
      description="Used only for numbers written without + and a country code."
      placeholder="None: such numbers are refused"
      data={countryOptions()}
      value={value}
      onChange={(code) => onChange(code as CountryCode | null)}
      searchable
      clearable
      maw={360}
    />
  )
})
