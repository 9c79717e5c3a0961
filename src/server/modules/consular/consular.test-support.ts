// A registration the consular tests share: a student in London (the EMB-GBR district of the demo posts).
export const londonStudent = {
  fullName: 'Li Wei',
  dateOfBirth: '2001-05-04',
  passportNumber: 'E12345678',
  status: 'student',
  hostIso3: 'GBR',
  city: 'London',
  phone: '+44 7700 900123',
  consent: true,
} as const;
